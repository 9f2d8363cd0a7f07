package org.evidentia.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
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
}
