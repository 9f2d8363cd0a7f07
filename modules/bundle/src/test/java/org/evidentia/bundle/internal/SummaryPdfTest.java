package org.evidentia.bundle.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.evidentia.bundle.internal.CaseSnapshot.EvidenceRecord;
import org.evidentia.classification.api.Enums.ClassificationStatus;
import org.evidentia.classification.api.Matrix;
import org.evidentia.intake.api.Enums.IncidentStatus;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SummaryPdfTest {

  private static final Locale UK = Locale.forLanguageTag("uk");
  private static final Path QPDF = Path.of("/usr/bin/qpdf");
  private static final Path PDFTOTEXT = Path.of("/usr/bin/pdftotext");

  @TempDir Path dir;

  @Test
  void theEnglishSummaryHoldsEverySectionOfTheCase() throws IOException {
    CaseSnapshot snapshot = SnapshotFixture.snapshot();
    byte[] pdf = write(snapshot, Locale.ENGLISH);

    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertThat(doc.getNumberOfPages()).isGreaterThan(1);
      String text = oneLine(new PDFTextStripper().getText(doc));
      String dense = text.replaceAll("\\s+", "");

      assertThat(text)
          .contains(SnapshotFixture.CASE_REFERENCE)
          .contains("Case bundle")
          .contains("Attacks on medical facilities in Kyiv, July 2024")
          .contains("2024-09-02T10:15:30Z")
          .contains("ALL incidents, verified or not")
          .contains("Not revealed: persons appear by pseudonym only")
          .contains("1 incident(s) in this bundle have not been VERIFIED")
          .contains("I1. " + SnapshotFixture.VERIFIED_TITLE)
          .contains("I2. " + SnapshotFixture.UNVERIFIED_TITLE);

      // The unverified incident is marked right under its heading; the verified one is not.
      int first = text.indexOf("I1. " + SnapshotFixture.VERIFIED_TITLE);
      int second = text.indexOf("I2. " + SnapshotFixture.UNVERIFIED_TITLE);
      assertThat(text.substring(first, second)).doesNotContain("UNVERIFIED");
      assertThat(text.substring(second, second + 200)).contains("UNVERIFIED");

      // Review, graded sources, both casualty claims side by side, persons by pseudonym.
      assertThat(text)
          .contains("reviewer.savchenko")
          .contains("reviewer.lysenko")
          .contains("Geolocated the impact from two videos")
          .contains("2 of 2")
          .contains("B — usually reliable")
          .contains("C — fairly reliable")
          .contains("F — cannot be judged")
          .contains("12–19")
          .contains("2–3")
          .contains(SnapshotFixture.WITNESS_PSEUDONYM)
          .contains(SnapshotFixture.VICTIM_PSEUDONYM)
          .doesNotContain(SnapshotFixture.WITNESS_NAME)
          .doesNotContain(SnapshotFixture.VICTIM_NAME)
          .contains("50.45207, 30.48652");

      // A character the font cannot draw is replaced, not dropped silently or fatal.
      assertThat(text).doesNotContain("漢").contains("one unconfirmed death. ?");
      // A zero-width space is dropped; a tab inside a field reads as a space.
      assertThat(text)
          .contains("hit the toxicology block of the children's")
          .contains("staff moved children");

      // The matrix: a gap, a count, a proposed classification without elements, the legend.
      String matrix = section(text, "Classification matrix", "Classifications");
      assertThat(matrix)
          .contains("GAP")
          .contains("CLASSIFIED")
          .contains("(proposed)")
          .contains("8(2)(b)(ix)-3")
          .contains(SnapshotFixture.UNVERIFIED_ID);
      assertThat(text)
          .contains("Attacking protected objects")
          .contains("A functioning children's hospital")
          .contains("analyst.tkachenko")
          .contains("Evidence item ev-video-0001")
          .doesNotContain("withdrawn link");

      // Every item with its full hashes, and the extra labelled as such.
      for (EvidenceRecord e : snapshot.allEvidence()) {
        assertThat(dense).contains(e.item().sha256()).contains(e.item().sha512());
        assertThat(dense).contains(e.bagPath().replaceAll("\\s+", ""));
      }
      assertThat(text).contains("Labelled extra (redacted working copy)");

      // Custody, oldest first.
      String custody = section(text, "Chain of custody", "How to verify this bundle");
      assertThat(custody)
          .contains("RECEIVED")
          .contains("INTEGRITY_CHECKED")
          .contains("2024-08-07T11:42:00Z")
          .contains("caseworker.bondar");
      // Wrapped cells interleave in extracted text; their words are all there.
      assertThat(custody.replaceAll("\\s+", ""))
          .contains("Uploaded;SHA-256and")
          .contains("computedatreceipt");
      assertThat(custody.indexOf("RECEIVED")).isLessThan(custody.indexOf("INTEGRITY_CHECKED"));
      assertThat(custody.lastIndexOf("RECEIVED")).isLessThan(custody.indexOf("INTEGRITY_CHECKED"));

      // The verification page.
      String verify = text.substring(text.lastIndexOf("How to verify this bundle"));
      assertThat(verify)
          .contains("sha256sum -c manifest-sha256.txt")
          .contains("sha512sum -c manifest-sha512.txt")
          .contains("tagmanifest-sha256.txt")
          .contains("Payload-Oxum")
          .contains("./evidentia verify-bundle FILE.zip")
          .contains("RFC 8493")
          .contains("<byte length>:<value>\\n")
          .contains("previousHash")
          .contains("data/summary.pdf")
          .contains("case.json");
    }
  }

  @Test
  void aWideMatrixIsSplitIntoColumnGroups() throws IOException {
    CaseSnapshot base = SnapshotFixture.snapshot();
    List<Matrix.Column> columns = new ArrayList<>(base.matrix().incidents());
    List<Matrix.Cell> extraCells = new ArrayList<>();
    for (int i = 3; i <= 14; i++) {
      String id = "incident-" + i;
      columns.add(new Matrix.Column(id, "Shelling " + i, IncidentStatus.VERIFIED, true));
      extraCells.add(new Matrix.Cell(id, (long) i % 3, ClassificationStatus.CONFIRMED));
    }
    List<Matrix.Row> rows =
        base.matrix().rows().stream()
            .map(
                r -> {
                  List<Matrix.Cell> cells = new ArrayList<>(r.cells());
                  cells.addAll(extraCells);
                  return new Matrix.Row(
                      r.crimeCode(),
                      r.crimeTitle(),
                      r.elementCode(),
                      r.position(),
                      r.kind(),
                      r.text(),
                      cells);
                })
            .toList();
    CaseSnapshot wide =
        new CaseSnapshot(
            base.bundleId(),
            base.kase(),
            base.exportedAt(),
            base.exportedBy(),
            base.options(),
            base.organization(),
            base.incidents(),
            new Matrix(base.matrix().caseId(), columns, rows),
            base.audit());
    for (Locale locale : List.of(Locale.ENGLISH, UK)) {
      try (PDDocument doc = Loader.loadPDF(write(wide, locale))) {
        String text = oneLine(new PDFTextStripper().getText(doc));
        assertThat(text).contains("I14").contains("Shelling 14").contains("incident-14");
        if (locale == UK) {
          assertThat(text).containsPattern("Інциденти з 1 по \\d+ із 14");
        } else {
          assertThat(text).containsPattern("Incidents 1 to \\d+ of 14").contains("of 14");
        }
      }
    }
  }

  @Test
  void everyPageCarriesTheCaseTheBundleAndItsNumber() throws IOException {
    try (PDDocument doc = Loader.loadPDF(write(SnapshotFixture.snapshot(), Locale.ENGLISH))) {
      for (int page = 1; page <= doc.getNumberOfPages(); page++) {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        assertThat(stripper.getText(doc))
            .contains(SnapshotFixture.CASE_REFERENCE)
            .contains(SnapshotFixture.BUNDLE_ID)
            .contains("Page " + page);
      }
    }
  }

  @Test
  void theUkrainianSummaryIsInUkrainianAndExtractable() throws IOException {
    try (PDDocument doc = Loader.loadPDF(write(SnapshotFixture.snapshot(), UK))) {
      assertThat(doc.getNumberOfPages()).isGreaterThan(1);
      String text = oneLine(new PDFTextStripper().getText(doc));
      assertThat(text)
          .contains("Пакет справи")
          .contains("Номер справи")
          .contains("Інциденти")
          .contains("Матриця кваліфікації")
          .contains("ПРОГАЛИНА")
          .contains("Ланцюг зберігання доказів")
          .contains("Як перевірити цей пакет")
          .contains("Сторінка 1")
          .contains("Об'єкт")
          .contains("НЕ ВЕРИФІКОВАНО")
          .contains("UNVERIFIED")
          .contains("Київ")
          .contains(SnapshotFixture.CASE_REFERENCE)
          .contains("sha256sum -c manifest-sha256.txt")
          .doesNotContain("How to verify this bundle");
    }
  }

  @Test
  void revealedIdentitiesShowTheNamesAndWhy() throws IOException {
    try (PDDocument doc = Loader.loadPDF(write(SnapshotFixture.revealed(), Locale.ENGLISH))) {
      String text = oneLine(new PDFTextStripper().getText(doc));
      assertThat(text)
          .contains("Revealed: real names are shown next to pseudonyms")
          .contains(SnapshotFixture.REVEAL_REASON)
          .contains(SnapshotFixture.WITNESS_PSEUDONYM)
          .contains(SnapshotFixture.WITNESS_NAME)
          .contains(SnapshotFixture.VICTIM_NAME)
          // Only the name is shown, not the contact details.
          .doesNotContain("+380 44 000 0000");
    }
  }

  @Test
  void bothLanguagesHaveTheSameLabels() {
    ResourceBundle en = SummaryPdf.labels(Locale.ENGLISH);
    ResourceBundle uk = SummaryPdf.labels(UK);
    assertThat(uk.keySet()).isEqualTo(en.keySet());
    assertThat(uk.getString("title")).isEqualTo("Пакет справи");
    // An unknown language and a JVM running in Ukrainian both still get English.
    assertThat(SummaryPdf.labels(Locale.GERMAN).getString("title")).isEqualTo("Case bundle");
  }

  @Test
  void theCallersStreamIsLeftOpen() throws IOException {
    boolean[] closed = {false};
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    OutputStream out =
        new OutputStream() {
          @Override
          public void write(int b) {
            bytes.write(b);
          }

          @Override
          public void write(byte[] b, int off, int len) {
            bytes.write(b, off, len);
          }

          @Override
          public void close() {
            closed[0] = true;
          }
        };
    SummaryPdf.write(SnapshotFixture.snapshot(), Locale.ENGLISH, out);
    assertThat(closed[0]).isFalse();
    assertThat(new String(bytes.toByteArray(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
  }

  @Test
  void twoThousandEvidenceItemsMakeAValidLongPdf() throws IOException {
    CaseSnapshot snapshot = SnapshotFixture.withEvidence(1997);
    assertThat(snapshot.allEvidence()).hasSize(2000);
    Path file = dir.resolve("big.pdf");
    try (OutputStream out = Files.newOutputStream(file)) {
      SummaryPdf.write(snapshot, Locale.ENGLISH, out);
    }
    try (PDDocument doc = Loader.loadPDF(file.toFile())) {
      int pages = doc.getNumberOfPages();
      System.out.println("summary.pdf with 2,000 items: " + pages + " pages, " + Files.size(file));
      assertThat(pages).isGreaterThan(20);
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setStartPage(pages - 40);
      String tail = stripper.getText(doc).replaceAll("\\s+", "");
      assertThat(tail).contains("How to verify this bundle".replace(" ", ""));
    }
    qpdfCheck(file);
  }

  @Test
  void externalToolsAcceptTheFiles() throws IOException, InterruptedException {
    boolean required = Boolean.getBoolean("evidentia.pdf.tools.required");
    if (!Files.isExecutable(QPDF) || !Files.isExecutable(PDFTOTEXT)) {
      if (required) {
        fail("evidentia.pdf.tools.required is set but qpdf or pdftotext is not installed");
      }
      Assumptions.abort("qpdf/poppler-utils not installed; set evidentia.pdf.tools.required");
    }
    List<Integer> pages = new ArrayList<>();
    for (Locale locale : List.of(Locale.ENGLISH, UK)) {
      Path file = dir.resolve("summary-" + locale.getLanguage() + ".pdf");
      Files.write(file, write(SnapshotFixture.snapshot(), locale));
      qpdfCheck(file);
      // A second, independent text extractor must also read the Cyrillic.
      Path txt = dir.resolve("summary-" + locale.getLanguage() + ".txt");
      assertThat(run(PDFTOTEXT.toString(), "-enc", "UTF-8", file.toString(), txt.toString()))
          .isZero();
      String text = Files.readString(txt);
      assertThat(text).contains(SnapshotFixture.CASE_REFERENCE).contains("Київ");
      if (locale.getLanguage().equals("uk")) {
        assertThat(text).contains("Пакет справи");
      }
      try (PDDocument doc = Loader.loadPDF(file.toFile())) {
        pages.add(doc.getNumberOfPages());
      }
    }
    System.out.println("summary.pdf of the fixture, pages en/uk: " + pages);
  }

  private static void qpdfCheck(Path file) throws IOException {
    if (!Files.isExecutable(QPDF)) {
      if (Boolean.getBoolean("evidentia.pdf.tools.required")) {
        fail("evidentia.pdf.tools.required is set but qpdf is not installed");
      }
      return;
    }
    try {
      assertThat(run(QPDF.toString(), "--check", file.toString()))
          .as("qpdf --check " + file)
          .isZero();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }

  private static int run(String... command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    byte[] output = p.getInputStream().readAllBytes();
    if (!p.waitFor(2, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      fail("timed out: " + String.join(" ", command));
    }
    if (p.exitValue() != 0) {
      System.out.println(new String(output, StandardCharsets.UTF_8));
    }
    return p.exitValue();
  }

  private static byte[] write(CaseSnapshot snapshot, Locale locale) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    SummaryPdf.write(snapshot, locale, out);
    return out.toByteArray();
  }

  private static String oneLine(String text) {
    return text.replaceAll("\\s+", " ");
  }

  private static String section(String text, String from, String to) {
    int start = text.indexOf(from, text.indexOf(from) + 1);
    start = start < 0 ? text.indexOf(from) : start;
    int end = text.indexOf(to, start + from.length());
    return text.substring(start, end < 0 ? text.length() : end);
  }
}
