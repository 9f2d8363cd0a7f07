package org.evidentia.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.evidentia.intake.api.ProtectedIdentity;
import org.junit.jupiter.api.Test;

class IdentityCipherTest {

  private final IdentityCipher cipher = new IdentityCipher(IdentityCipher.newKey());
  private final ProtectedIdentity witness =
      new ProtectedIdentity("Hanna Kovalenko", "+380 44 000 0000", "lives near the hospital");

  @Test
  void roundTripsAndHidesTheText() {
    String sealed = cipher.encrypt("person-1", witness);
    assertThat(sealed).startsWith("v2:").doesNotContain("Hanna").doesNotContain("Kovalenko");
    assertThat(cipher.decrypt("person-1", sealed)).isEqualTo(witness);
  }

  @Test
  void theSameIdentityEncryptsDifferentlyEachTime() {
    assertThat(cipher.encrypt("person-1", witness))
        .isNotEqualTo(cipher.encrypt("person-1", witness));
  }

  @Test
  void aCiphertextMovedToAnotherPersonDoesNotDecrypt() {
    String sealed = cipher.encrypt("person-1", witness);
    assertThatThrownBy(() -> cipher.decrypt("person-2", sealed))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void tamperingOrTheWrongKeyIsDetected() {
    String sealed = cipher.encrypt("person-1", witness);
    int body = sealed.lastIndexOf(':') + 1;
    byte[] bytes = Base64.getDecoder().decode(sealed.substring(body));
    bytes[bytes.length - 1] ^= 1;
    String tampered = sealed.substring(0, body) + Base64.getEncoder().encodeToString(bytes);
    assertThatThrownBy(() -> cipher.decrypt("person-1", tampered))
        .isInstanceOf(IllegalStateException.class);
    IdentityCipher other = new IdentityCipher(IdentityCipher.newKey());
    assertThatThrownBy(() -> other.decrypt("person-1", sealed))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void valuesCarryTheirKeyIdAndOlderKeysStillOpenThem() {
    byte[] oldKey = IdentityCipher.newKey();
    byte[] newKey = IdentityCipher.newKey();
    String sealed = new IdentityCipher(oldKey).encrypt("person-1", witness);
    assertThat(sealed).startsWith("v2:" + IdentityCipher.keyId(oldKey) + ":");
    assertThat(IdentityCipher.keyId(oldKey)).hasSize(16).isNotEqualTo(IdentityCipher.keyId(newKey));

    IdentityCipher rotating = new IdentityCipher(newKey, java.util.List.of(oldKey));
    assertThat(rotating.underCurrentKey(sealed)).isFalse();
    assertThat(rotating.decrypt("person-1", sealed)).isEqualTo(witness);
    String resealed = rotating.reseal("person-1", sealed);
    assertThat(rotating.underCurrentKey(resealed)).isTrue();
    assertThat(new IdentityCipher(newKey).decrypt("person-1", resealed)).isEqualTo(witness);
    assertThatThrownBy(() -> new IdentityCipher(newKey).decrypt("person-1", sealed))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(IdentityCipher.keyId(oldKey))
        .hasMessageContaining("not configured");
  }

  @Test
  void valuesFromBeforeKeyIdsAreReadWithWhicheverKeyOpensThem() {
    byte[] oldKey = IdentityCipher.newKey();
    String v2 = new IdentityCipher(oldKey).encrypt("person-1", witness);
    String v1 = "v1:" + v2.substring(v2.lastIndexOf(':') + 1);
    IdentityCipher rotating =
        new IdentityCipher(IdentityCipher.newKey(), java.util.List.of(oldKey));
    assertThat(rotating.decrypt("person-1", v1)).isEqualTo(witness);
    assertThat(rotating.underCurrentKey(v1)).isFalse();
    assertThat(new IdentityCipher(oldKey).decrypt("person-1", v1)).isEqualTo(witness);
  }

  @Test
  void noIdentityStaysNone() {
    assertThat(cipher.encrypt("p", null)).isNull();
    assertThat(cipher.decrypt("p", null)).isNull();
  }
}
