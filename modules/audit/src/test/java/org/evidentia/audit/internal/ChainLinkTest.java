package org.evidentia.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class ChainLinkTest {

  private static final Instant AT = Instant.parse("2024-07-08T10:45:00Z");

  private static String hash(String actor, String details, String previous) {
    return ChainLink.hash(
        7, AT, actor, "LOGIN_FAILED", "account", "x", "127.0.0.1", details, previous);
  }

  @Test
  void sameContentGivesSameHash() {
    assertThat(hash("a", "d", ChainLink.GENESIS))
        .isEqualTo(hash("a", "d", ChainLink.GENESIS))
        .hasSize(64);
  }

  @Test
  void anyFieldChangesTheHash() {
    String base = hash("a", "d", ChainLink.GENESIS);
    assertThat(hash("b", "d", ChainLink.GENESIS)).isNotEqualTo(base);
    assertThat(hash("a", "e", ChainLink.GENESIS)).isNotEqualTo(base);
    assertThat(hash("a", "d", "1".repeat(64))).isNotEqualTo(base);
    assertThat(
            ChainLink.hash(
                8, AT, "a", "LOGIN_FAILED", "account", "x", "127.0.0.1", "d", ChainLink.GENESIS))
        .isNotEqualTo(base);
    assertThat(
            ChainLink.hash(
                7,
                AT.plusMillis(1),
                "a",
                "LOGIN_FAILED",
                "account",
                "x",
                "127.0.0.1",
                "d",
                ChainLink.GENESIS))
        .isNotEqualTo(base);
  }

  @Test
  void fieldBoundariesCannotBeShifted() {
    // "ab" + "c" must not encode like "a" + "bc", nor a null like an empty string.
    assertThat(hash("ab", "c", ChainLink.GENESIS)).isNotEqualTo(hash("a", "bc", ChainLink.GENESIS));
    assertThat(hash("a", null, ChainLink.GENESIS)).isNotEqualTo(hash("a", "", ChainLink.GENESIS));
    assertThat(hash("a", "-", ChainLink.GENESIS)).isNotEqualTo(hash("a", null, ChainLink.GENESIS));
  }

  @Test
  void theHashIsSha256OfTheDocumentedEncoding() throws Exception {
    // Spelled out by hand: each field its UTF-8 length, a colon, the value and a newline; a null
    // a dash and a newline. "Київ" is 4 characters but 8 bytes.
    String canonical =
        "1:7\n20:2024-07-08T10:45:00Z\n1:a\n12:LOGIN_FAILED\n7:account\n1:x\n-\n8:Київ\n64:"
            + ChainLink.GENESIS
            + "\n";
    String expected =
        HexFormat.of()
            .formatHex(
                MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(StandardCharsets.UTF_8)));
    assertThat(
            ChainLink.hash(
                7, AT, "a", "LOGIN_FAILED", "account", "x", null, "Київ", ChainLink.GENESIS))
        .isEqualTo(expected);
  }

  @Test
  void oneHasherGivesEachEntryItsOwnHash() {
    // Reused along the chain, a long entry must not leave bytes behind for a shorter one.
    ChainLink.Hasher hasher = new ChainLink.Hasher();
    String longDetails = "ї".repeat(3000);
    String first =
        hasher.hash(1, AT, "a", "A", "t", "1", "127.0.0.1", longDetails, ChainLink.GENESIS);
    String second = hasher.hash(2, AT, "a", "A", "t", "1", null, "short", first);
    assertThat(first)
        .isEqualTo(
            ChainLink.hash(1, AT, "a", "A", "t", "1", "127.0.0.1", longDetails, ChainLink.GENESIS));
    assertThat(second).isEqualTo(ChainLink.hash(2, AT, "a", "A", "t", "1", null, "short", first));
    assertThat(hasher.hash(2, AT, "a", "A", "t", "1", null, "short", first)).isEqualTo(second);
  }
}
