package org.evidentia.evidence.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How the evidence pages put sizes and time differences into words. */
class EvidencePagesTest {

  private static final String[] UNITS = {"d", "h", "min"};

  @Test
  void sizesAreShownInBinaryUnitsWithOneDecimal() {
    assertThat(Pages.bytes(0)).isEqualTo("0 B");
    assertThat(Pages.bytes(1023)).isEqualTo("1023 B");
    assertThat(Pages.bytes(1024)).isEqualTo("1.0 KiB");
    assertThat(Pages.bytes(8 * 1024 * 1024)).isEqualTo("8.0 MiB");
    assertThat(Pages.bytes(2L * 1024 * 1024 * 1024)).isEqualTo("2.0 GiB");
    assertThat(Pages.bytes(1_500_000)).isEqualTo("1.4 MiB");
  }

  @Test
  void timeDifferencesReadAsDaysHoursAndMinutesWithTheirSign() {
    assertThat(EvidenceItemView.duration(null, UNITS)).isNull();
    assertThat(EvidenceItemView.duration(0L, UNITS)).isEqualTo("0 min");
    assertThat(EvidenceItemView.duration(4_800L, UNITS)).isEqualTo("1 h 20 min");
    assertThat(EvidenceItemView.duration(-90_000L, UNITS)).isEqualTo("−1 d 1 h 0 min");
    assertThat(EvidenceItemView.duration(3 * 86_400L + 59, UNITS)).isEqualTo("3 d 0 h 0 min");
  }
}
