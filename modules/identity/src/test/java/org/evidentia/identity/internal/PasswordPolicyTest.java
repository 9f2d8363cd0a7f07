package org.evidentia.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.evidentia.kernel.InvalidInputException;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

  @Test
  void refusesShortPasswordsOnTheField() {
    assertThatThrownBy(() -> PasswordPolicy.check("password", "short-pass1"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("at least 12");
  }

  @Test
  void refusesCommonPasswordsWhateverTheCase() {
    assertThatThrownBy(() -> PasswordPolicy.check("password", "Password1234"))
        .hasMessageContaining("too common");
    assertThatThrownBy(() -> PasswordPolicy.check("password", "evidentia-demo"))
        .hasMessageContaining("too common");
  }

  @Test
  void acceptsALongUncommonPassphrase() {
    assertThatCode(() -> PasswordPolicy.check("password", "river stone lantern 42"))
        .doesNotThrowAnyException();
  }

  @Test
  void bundledListHoldsThousandsOfLongPatternsAndRefusesThem() {
    assertThat(PasswordPolicy.COMMON).hasSizeGreaterThan(3000);
    assertThat(PasswordPolicy.COMMON).allMatch(p -> p.length() >= PasswordPolicy.MIN_LENGTH);
    for (String common :
        new String[] {
          "qwertyuiop123", "September2024", "1q2w3e4r5t6y", "Ukraine2022!", "123456789012"
        }) {
      assertThatThrownBy(() -> PasswordPolicy.check("password", common))
          .as(common)
          .hasMessageContaining("too common");
    }
  }
}
