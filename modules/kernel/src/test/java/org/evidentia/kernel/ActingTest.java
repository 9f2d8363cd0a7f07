package org.evidentia.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ActingTest {

  private static final Acting.Actor ANALYST =
      new Acting.Actor("analyst", Set.of(Role.LEGAL_ANALYST), "10.0.0.1");

  @Test
  void theActorIsKnownOnlyWhileTheWorkRuns() {
    assertThat(Acting.current()).isEmpty();
    String[] seen = new String[1];
    Acting.as(ANALYST, () -> seen[0] = Acting.current().orElseThrow().username());
    assertThat(seen[0]).isEqualTo("analyst");
    assertThat(Acting.current()).isEmpty();
  }

  @Test
  void aFailureStillForgetsTheActorAndNestedWorkRestoresTheOuterOne() {
    assertThatThrownBy(
            () ->
                Acting.as(
                    ANALYST,
                    () -> {
                      Acting.as(
                          new Acting.Actor("reviewer1", Set.of(Role.REVIEWER), null),
                          () ->
                              assertThat(Acting.current().get().username()).isEqualTo("reviewer1"));
                      assertThat(Acting.current().get().username()).isEqualTo("analyst");
                      throw new IllegalStateException("boom");
                    }))
        .hasMessage("boom");
    assertThat(Acting.current()).isEmpty();
  }

  @Test
  void anotherThreadDoesNotSeeTheActor() throws InterruptedException {
    Boolean[] elsewhere = new Boolean[1];
    Acting.as(
        ANALYST,
        () -> {
          Thread other = new Thread(() -> elsewhere[0] = Acting.current().isPresent());
          other.start();
          try {
            other.join();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        });
    assertThat(elsewhere[0]).isFalse();
  }
}
