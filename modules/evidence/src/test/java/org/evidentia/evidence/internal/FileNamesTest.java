package org.evidentia.evidence.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FileNamesTest {

  @Test
  void foldersAndTraversalAreDropped() {
    assertThat(FileNames.display("../../etc/passwd")).isEqualTo("passwd");
    assertThat(FileNames.display("C:\\Users\\olena\\Desktop\\strike.jpg")).isEqualTo("strike.jpg");
    assertThat(FileNames.display("..")).isEqualTo(FileNames.UNNAMED);
    assertThat(FileNames.display("photos/..")).isEqualTo(FileNames.UNNAMED);
    assertThat(FileNames.display(null)).isEqualTo(FileNames.UNNAMED);
    assertThat(FileNames.display("   ")).isEqualTo(FileNames.UNNAMED);
  }

  @Test
  void nulControlAndBidiCharactersAreRemoved() {
    assertThat(FileNames.display("photo\0.jpg")).isEqualTo("photo.jpg");
    assertThat(FileNames.display("line\r\nbreak\t.txt")).isEqualTo("linebreak.txt");
    // U+202E turns "photo‮gpj.exe" into what looks like "photoexe.jpg".
    assertThat(FileNames.display("photo\u202Egpj.exe")).isEqualTo("photogpj.exe");
    assertThat(FileNames.display("звіт.pdf")).isEqualTo("звіт.pdf");
  }

  @Test
  void longNamesAreCutKeepingTheExtension() {
    String name = FileNames.display("a".repeat(300) + ".jpeg");
    assertThat(name.codePointCount(0, name.length())).isEqualTo(FileNames.MAX_LENGTH);
    assertThat(name).endsWith("….jpeg").startsWith("aaaa");
    String noExtension = FileNames.display("b".repeat(300));
    assertThat(noExtension.length()).isEqualTo(FileNames.MAX_LENGTH);
  }

  @Test
  void theDownloadHeaderIsSafeAsciiWithTheRealNameEncoded() {
    assertThat(FileNames.attachment("знімок \"1\";.jpg"))
        .isEqualTo(
            "attachment; filename=\"______ _1__.jpg\";"
                + " filename*=UTF-8''%D0%B7%D0%BD%D1%96%D0%BC%D0%BE%D0%BA%20%221%22%3B.jpg");
  }
}
