package org.evidentia.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

  private final PasswordHasher fast = new PasswordHasher(1_000);

  @Test
  void productionIterationCountIsOwaspsSixHundredThousand() {
    assertThat(new PasswordHasher().hash("correct horse battery"))
        .startsWith("pbkdf2-sha256:600000:");
  }

  @Test
  void matchesOnlyTheRightPassword() {
    String stored = fast.hash("correct horse battery");
    assertThat(fast.matches("correct horse battery", stored)).isTrue();
    assertThat(fast.matches("correct horse batterY", stored)).isFalse();
    assertThat(fast.matches("", stored)).isFalse();
  }

  @Test
  void samePasswordGetsDifferentSalts() {
    assertThat(fast.hash("correct horse battery")).isNotEqualTo(fast.hash("correct horse battery"));
  }

  @Test
  void hashesMadeWithAnotherIterationCountStillVerify() {
    String old = new PasswordHasher(2_000).hash("correct horse battery");
    assertThat(fast.matches("correct horse battery", old)).isTrue();
  }

  @Test
  void malformedStoredValuesNeverMatch() {
    assertThat(fast.matches("x", null)).isFalse();
    assertThat(fast.matches("x", "plain-text-password")).isFalse();
    assertThat(fast.matches("x", "pbkdf2-sha256:abc:!!:!!")).isFalse();
    assertThat(fast.matches("x", "md5:1:AAAA:AAAA")).isFalse();
  }
}
