package org.evidentia.identity.internal;

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
}
