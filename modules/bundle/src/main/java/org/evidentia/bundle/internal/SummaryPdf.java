package org.evidentia.bundle.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Interim one-page summary; the full report replaces it. */
final class SummaryPdf {

  private SummaryPdf() {}

  static void write(CaseSnapshot s, Locale locale, OutputStream out) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      try (PDPageContentStream text = new PDPageContentStream(doc, page)) {
        text.beginText();
        text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 14);
        text.newLineAtOffset(72, 720);
        text.showText("Case bundle " + s.kase().reference().replaceAll("[^ -~]", "?"));
        text.endText();
      }
      doc.save(out);
    }
  }
}
