package org.evidentia.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.OptionalLong;
import org.evidentia.kernel.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TotpTest {

  private static final byte[] SEED_SHA1 =
      "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] SEED_SHA256 =
      "12345678901234567890123456789012".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] SEED_SHA512 =
      "1234567890123456789012345678901234567890123456789012345678901234"
          .getBytes(StandardCharsets.US_ASCII);

  /** RFC 6238 appendix B: eight digits, 30-second steps, the three hash functions. */
  @ParameterizedTest
  @CsvSource({
    "59, 94287082, 46119246, 90693936",
    "1111111109, 07081804, 68084774, 25091201",
    "1111111111, 14050471, 67062674, 99943326",
    "1234567890, 89005924, 91819424, 93441116",
    "2000000000, 69279037, 90698825, 38618901",
    "20000000000, 65353130, 77737706, 47863826"
  })
  void matchesTheRfc6238TestVectors(long seconds, String sha1, String sha256, String sha512) {
    long step = Totp.stepAt(Instant.ofEpochSecond(seconds));
    assertThat(Totp.code(SEED_SHA1, step, 8, "HmacSHA1")).isEqualTo(sha1);
    assertThat(Totp.code(SEED_SHA256, step, 8, "HmacSHA256")).isEqualTo(sha256);
    assertThat(Totp.code(SEED_SHA512, step, 8, "HmacSHA512")).isEqualTo(sha512);
  }

  @Test
  void sixDigitCodesAreTheLastSixOfTheRfcValues() {
    // RFC 4226 appendix D, counter 1: 287082 (HOTP is TOTP at step 1).
    assertThat(Totp.code(SEED_SHA1, 1)).isEqualTo("287082");
    assertThat(Totp.code(SEED_SHA1, Totp.stepAt(Instant.ofEpochSecond(1111111109))))
        .isEqualTo("081804");
  }

  @Test
  void acceptsTheNeighbouringStepsAndNothingFurther() {
    Instant now = Instant.ofEpochSecond(1_700_000_000L);
    long step = Totp.stepAt(now);
    assertThat(Totp.matchingStep(SEED_SHA1, Totp.code(SEED_SHA1, step), now, 0))
        .isEqualTo(OptionalLong.of(step));
    assertThat(Totp.matchingStep(SEED_SHA1, Totp.code(SEED_SHA1, step - 1), now, 0))
        .isEqualTo(OptionalLong.of(step - 1));
    assertThat(Totp.matchingStep(SEED_SHA1, Totp.code(SEED_SHA1, step + 1), now, 0))
        .isEqualTo(OptionalLong.of(step + 1));
    assertThat(Totp.matchingStep(SEED_SHA1, Totp.code(SEED_SHA1, step - 2), now, 0)).isEmpty();
    assertThat(Totp.matchingStep(SEED_SHA1, Totp.code(SEED_SHA1, step + 2), now, 0)).isEmpty();
  }

  @Test
  void aCodeIsGoodOnceAndAnEarlierOneNotAfterIt() {
    Instant now = Instant.ofEpochSecond(1_700_000_000L);
    long step = Totp.stepAt(now);
    String code = Totp.code(SEED_SHA1, step);
    assertThat(Totp.matchingStep(SEED_SHA1, code, now, step)).isEmpty();
    assertThat(Totp.matchingStep(SEED_SHA1, Totp.code(SEED_SHA1, step - 1), now, step)).isEmpty();
  }

  @Test
  void refusesWhatIsNotSixDigits() {
    Instant now = Instant.ofEpochSecond(1_700_000_000L);
    assertThat(Totp.matchingStep(SEED_SHA1, null, now, 0)).isEmpty();
    assertThat(Totp.matchingStep(SEED_SHA1, "12345", now, 0)).isEmpty();
    assertThat(Totp.matchingStep(SEED_SHA1, "abcdef", now, 0)).isEmpty();
    String spaced = Totp.code(SEED_SHA1, Totp.stepAt(now));
    assertThat(
            Totp.matchingStep(
                SEED_SHA1, spaced.substring(0, 3) + " " + spaced.substring(3), now, 0))
        .isPresent();
  }

  @Test
  void base32RoundTripsAndMatchesRfc4648() {
    assertThat(Base32.encode("foobar".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXW6YTBOI");
    assertThat(new String(Base32.decode("mzxw 6ytb-oi======"), StandardCharsets.US_ASCII))
        .isEqualTo("foobar");
    byte[] secret = Totp.newSecret();
    assertThat(Base32.decode(Base32.encode(secret))).isEqualTo(secret);
    assertThat(Base32.encode(secret)).hasSize(32);
    assertThatThrownBy(() -> Base32.decode("not base32!"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void recoveryCodesAreTenDistinctAndHashedWithoutFormatting() {
    var codes = RecoveryCodes.generate();
    assertThat(codes).hasSize(10).doesNotHaveDuplicates();
    assertThat(codes).allMatch(c -> c.matches("[a-z2-7]{4}(-[a-z2-7]{4}){5}"));
    String code = codes.get(0);
    assertThat(RecoveryCodes.hash(code.toUpperCase().replace("-", " ")))
        .isEqualTo(RecoveryCodes.hash(code))
        .hasSize(64)
        .doesNotContain(code.replace("-", ""));
    assertThat(RecoveryCodes.looksLikeOne(code)).isTrue();
    assertThat(RecoveryCodes.looksLikeOne("123456")).isFalse();
  }

  @Test
  void sealedSecretsOpenOnlyForTheirAccountAndKey() {
    byte[] key = new byte[32];
    key[0] = 1;
    SecretSealer sealer = SecretSealer.withKey(key);
    byte[] secret = Totp.newSecret();
    String sealed = sealer.seal("alice", secret);
    assertThat(sealed).startsWith("v1:").doesNotContain(Base32.encode(secret));
    assertThat(sealer.open("alice", sealed)).isEqualTo(secret);
    assertThatThrownBy(() -> sealer.open("bob", sealed)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> SecretSealer.withKey(new byte[32]).open("alice", sealed))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void policyDefaultsToReviewersAnalystsAndAdministrators() {
    assertThat(TwoFactorService.parseRequiredRoles(null))
        .containsExactlyInAnyOrder(Role.REVIEWER, Role.LEGAL_ANALYST, Role.ADMIN);
    assertThat(TwoFactorService.parseRequiredRoles("none")).isEmpty();
    assertThat(TwoFactorService.parseRequiredRoles("admin, caseworker"))
        .containsExactlyInAnyOrder(Role.ADMIN, Role.CASEWORKER);
    assertThatThrownBy(() -> TwoFactorService.parseRequiredRoles("ADMIN,BOSS"))
        .hasMessageContaining("BOSS");
  }

  @Test
  void otpauthUriNamesIssuerAndAccountAndTheQrCodeIsPlainSvg() {
    String uri = TwoFactorService.otpauthUri("reviewer1", "ABCDEFGH");
    assertThat(uri)
        .isEqualTo(
            "otpauth://totp/Evidentia%3Areviewer1?secret=ABCDEFGH&issuer=Evidentia"
                + "&algorithm=SHA1&digits=6&period=30");
    assertThat(TwoFactorService.qrSvg(uri))
        .startsWith("<svg")
        .contains("<path d=\"M")
        .endsWith("</svg>");
  }
}
