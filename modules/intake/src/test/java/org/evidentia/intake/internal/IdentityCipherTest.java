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
    assertThat(sealed).startsWith("v1:").doesNotContain("Hanna").doesNotContain("Kovalenko");
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
    byte[] bytes = Base64.getDecoder().decode(sealed.substring(3));
    bytes[bytes.length - 1] ^= 1;
    String tampered = "v1:" + Base64.getEncoder().encodeToString(bytes);
    assertThatThrownBy(() -> cipher.decrypt("person-1", tampered))
        .isInstanceOf(IllegalStateException.class);
    IdentityCipher other = new IdentityCipher(IdentityCipher.newKey());
    assertThatThrownBy(() -> other.decrypt("person-1", sealed))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void noIdentityStaysNone() {
    assertThat(cipher.encrypt("p", null)).isNull();
    assertThat(cipher.decrypt("p", null)).isNull();
  }
}
