package org.evidentia.bundle.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How originals are named in the bag: readable, and never in need of percent-encoding. */
class SnapshotReaderTest {

  @Test
  void namesKeepSpacesAndCyrillicButNothingAChecksumToolOrAFileSystemMisreads() {
    assertThat(SnapshotReader.safeName("Фото з місця удару.jpg"))
        .isEqualTo("Фото з місця удару.jpg");
    assertThat(SnapshotReader.safeName("100% sure\nreally\r.txt"))
        .isEqualTo("100_ sure_really_.txt");
    assertThat(SnapshotReader.safeName("..\\..\\etc/passwd")).isEqualTo(".._.._etc_passwd");
    assertThat(SnapshotReader.safeName("a:b*c?d\"e<f>g|h")).isEqualTo("a_b_c_d_e_f_g_h");
    assertThat(SnapshotReader.safeName("..")).isEqualTo("file");
    assertThat(SnapshotReader.safeName("  ")).isEqualTo("file");
    assertThat(SnapshotReader.safeName(null)).isEqualTo("file");
  }

  @Test
  void longNamesAreCutToAByteBudgetAtACharacterAndKeepTheirExtension() {
    String latin = SnapshotReader.safeName("x".repeat(300) + ".jpeg");
    assertThat(latin).hasSize(SnapshotReader.NAME_BYTES).endsWith(".jpeg");
    String cyrillic = SnapshotReader.safeName("Свідчення".repeat(40) + ".pdf");
    assertThat(cyrillic.getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
        .isLessThanOrEqualTo(SnapshotReader.NAME_BYTES);
    assertThat(cyrillic).startsWith("СвідченняСвідчення").endsWith(".pdf");
    String emoji = SnapshotReader.safeName("\uD83D\uDCF7".repeat(100));
    assertThat(emoji.codePoints().allMatch(cp -> cp == 0x1F4F7)).isTrue();
    assertThat(SnapshotReader.safeName("a".repeat(149) + " . . b"))
        .doesNotEndWith(" ")
        .doesNotEndWith(".");
  }

  @Test
  void onlyPersonsWhoConsentToSharingWithProsecutorsCanBeRevealed() {
    assertThat(
            SnapshotReader.consents(
                person(new org.evidentia.intake.api.Consent(true, true, false, null, null))))
        .isTrue();
    assertThat(
            SnapshotReader.consents(
                person(new org.evidentia.intake.api.Consent(true, false, false, null, null))))
        .isFalse();
    assertThat(
            SnapshotReader.consents(
                person(
                    new org.evidentia.intake.api.Consent(
                        true, true, false, null, java.time.LocalDate.of(2025, 1, 2)))))
        .isFalse();
    assertThat(SnapshotReader.consents(person(null))).isFalse();
  }

  private static org.evidentia.intake.api.PersonView person(
      org.evidentia.intake.api.Consent consent) {
    return new org.evidentia.intake.api.PersonView(
        "p1",
        "i1",
        "W-1",
        null,
        null,
        null,
        new org.evidentia.intake.api.ProtectedIdentity("N", null, null),
        consent,
        null,
        "caseworker",
        0);
  }

  @Test
  void decomposedLettersAreComposedSoTheNameMatchesOnEveryFileSystem() {
    String decomposed = "Миколаі\u0308в.jpg"; // і + combining diaeresis, as macOS writes it
    assertThat(SnapshotReader.safeName(decomposed)).isEqualTo("Миколаїв.jpg");
  }
}
