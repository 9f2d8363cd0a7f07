package org.evidentia.webapp.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import org.junit.jupiter.api.Test;

class LivenessCheckTest {

  @Test
  void liveWithHeapToSpare() {
    assertThat(LivenessCheck.live(new MemoryUsage(0, 500, 1000, 1000))).isTrue();
  }

  @Test
  void downWhenTheHeapIsFull() {
    assertThat(LivenessCheck.live(new MemoryUsage(0, 990, 1000, 1000))).isFalse();
  }

  @Test
  void withoutAMaximumTheCommittedHeapCounts() {
    assertThat(LivenessCheck.live(new MemoryUsage(0, 995, 1000, -1))).isFalse();
    assertThat(LivenessCheck.live(new MemoryUsage(0, 100, 1000, -1))).isTrue();
  }

  @Test
  void theRealHeapIsLive() {
    assertThat(LivenessCheck.live(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage()))
        .isTrue();
  }
}
