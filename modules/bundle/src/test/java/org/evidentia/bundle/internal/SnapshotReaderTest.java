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
  void longNamesAreCutButKeepTheirExtension() {
    String name = SnapshotReader.safeName("x".repeat(300) + ".jpeg");
    assertThat(name).hasSize(120).endsWith(".jpeg");
  }

  @Test
  void decomposedLettersAreComposedSoTheNameMatchesOnEveryFileSystem() {
    String decomposed = "Миколаі\u0308в.jpg"; // і + combining diaeresis, as macOS writes it
    assertThat(SnapshotReader.safeName(decomposed)).isEqualTo("Миколаїв.jpg");
  }
}
