package org.evidentia.bundle.internal;

import java.awt.Color;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Flowing text on A4 pages: lines wrapped by measured width, simple tables, page breaks, and a
 * running header and footer on every page. Each page's content stream is closed before the next one
 * opens, so with a file-backed stream cache memory stays small however long the report is.
 */
final class PdfLayout implements Closeable {

  /** A font at a size and colour. */
  record Style(PDFont font, float size, Color color) {
    float leading() {
      return size * 1.32f;
    }
  }

  private static final PDRectangle PAGE = PDRectangle.A4;
  private static final float MARGIN = 50;
  private static final float TOP = PAGE.getHeight() - 58;
  private static final float BOTTOM = 52;
  static final float WIDTH = PAGE.getWidth() - 2 * MARGIN;
  private static final float CELL_PAD = 3;
  private static final Color RULE = new Color(0xB0, 0xB0, 0xB0);
  private static final Color HEAD_FILL = new Color(0xEC, 0xEC, 0xEC);

  private final PDDocument doc;
  private final Style running;
  private final String headerLeft;
  private final String headerRight;
  private final String footerLeft;
  private final String pageLabel;
  // Whether a font can draw a code point, remembered because encoding is tried per character.
  private final Map<PDFont, Map<Integer, Boolean>> drawable = new IdentityHashMap<>();
  private PDPageContentStream content;
  private int pageNumber;
  private float y;

  /**
   * @param pageLabel the footer's page label, {@code {0}} standing for the page number
   */
  PdfLayout(
      PDDocument doc,
      Style running,
      String headerLeft,
      String headerRight,
      String footerLeft,
      String pageLabel) {
    this.doc = doc;
    this.running = running;
    this.headerLeft = headerLeft;
    this.headerRight = headerRight;
    this.footerLeft = footerLeft;
    this.pageLabel = pageLabel;
  }

  int pages() {
    return pageNumber;
  }

  /** Starts a new page with its header and footer. */
  void newPage() throws IOException {
    closePage();
    PDPage page = new PDPage(PAGE);
    doc.addPage(page);
    content = new PDPageContentStream(doc, page);
    pageNumber++;
    float headerY = PAGE.getHeight() - 34;
    String left = fit(headerLeft, running, WIDTH * 0.55f);
    String right = fit(headerRight, running, WIDTH * 0.43f);
    show(MARGIN, headerY, running, left);
    show(MARGIN + WIDTH - width(right, running), headerY, running, right);
    line(MARGIN, headerY - 6, MARGIN + WIDTH, headerY - 6, RULE);
    line(MARGIN, 40, MARGIN + WIDTH, 40, RULE);
    String number = clean(pageLabel.replace("{0}", Integer.toString(pageNumber)), running.font());
    String foot = fit(footerLeft, running, WIDTH - width(number, running) - 20);
    show(MARGIN, 28, running, foot);
    show(MARGIN + WIDTH - width(number, running), 28, running, number);
    y = TOP;
  }

  /** Leaves vertical space, unless at the top of a page. */
  void space(float points) throws IOException {
    ensurePage();
    if (y < TOP) {
      y -= points;
    }
  }

  /** Moves to a new page unless {@code height} still fits on this one. */
  void keep(float height) throws IOException {
    ensurePage();
    if (y - height < BOTTOM) {
      newPage();
    }
  }

  /** Wrapped text across the full width; line breaks in the text start new lines. */
  void paragraph(String text, Style style) throws IOException {
    paragraph(text, style, 0);
  }

  void paragraph(String text, Style style, float indent) throws IOException {
    ensurePage();
    for (String l : wrap(text, style, WIDTH - indent)) {
      if (y - style.leading() < BOTTOM) {
        newPage();
      }
      show(MARGIN + indent, y - style.size(), style, l);
      y -= style.leading();
    }
  }

  /** A heading kept together with at least {@code following} points of what comes after it. */
  void heading(String text, Style style, float following) throws IOException {
    List<String> lines = wrap(text, style, WIDTH);
    space(style.size() * 0.6f);
    keep(lines.size() * style.leading() + following);
    paragraph(text, style);
    y -= style.size() * 0.25f;
  }

  /** Wrapped text in a filled, bordered box, moved to the next page whole if need be. */
  void box(String text, Style style, Color fill, Color border) throws IOException {
    float pad = 7;
    List<String> lines = wrap(text, style, WIDTH - 2 * pad);
    float height = lines.size() * style.leading() + 2 * pad;
    keep(height);
    content.setNonStrokingColor(fill);
    content.setStrokingColor(border);
    content.setLineWidth(1.2f);
    content.addRect(MARGIN, y - height, WIDTH, height);
    content.fillAndStroke();
    float lineY = y - pad;
    for (String l : lines) {
      show(MARGIN + pad, lineY - style.size(), style, l);
      lineY -= style.leading();
    }
    y -= height + 4;
  }

  /** A thin rule across the page. */
  void rule() throws IOException {
    keep(6);
    line(MARGIN, y - 3, MARGIN + WIDTH, y - 3, RULE);
    y -= 6;
  }

  /**
   * A table; {@code header} is null for none, and is repeated at the top of every page the table
   * runs onto.
   */
  Table table(float[] widths, Style[] styles, List<String> header, Style headerStyle, boolean rules)
      throws IOException {
    Table t = new Table(widths, styles, header, headerStyle, rules);
    if (header != null) {
      ensurePage();
      // Keep the header with at least one body line.
      keep(t.height(header, t.headerStyles()) + styles[0].leading() * 2);
      t.drawHeader();
    }
    return t;
  }

  /** Rows of wrapped cells of fixed widths. */
  final class Table {
    private final float[] widths;
    private final Style[] styles;
    private final List<String> header;
    private final Style headerStyle;
    private final boolean rules;

    private Table(
        float[] widths, Style[] styles, List<String> header, Style headerStyle, boolean rules) {
      this.widths = widths.clone();
      this.styles = styles.clone();
      this.header = header;
      this.headerStyle = headerStyle;
      this.rules = rules;
    }

    void row(String... cells) throws IOException {
      row(styles, cells);
    }

    void row(Style[] cellStyles, String... cells) throws IOException {
      draw(widths, cellStyles, List.of(cells), false);
    }

    /** One cell across the whole table, for a group's title. */
    void span(String text, Style style) throws IOException {
      float total = 0;
      for (float w : widths) {
        total += w;
      }
      draw(new float[] {total}, new Style[] {style}, List.of(text), false);
    }

    private Style[] headerStyles() {
      Style[] s = new Style[widths.length];
      Arrays.fill(s, headerStyle);
      return s;
    }

    private void drawHeader() throws IOException {
      draw(widths, headerStyles(), header, true);
    }

    private float height(List<String> cells, Style[] cellStyles) {
      int lines = 1;
      float leading = 0;
      for (int i = 0; i < cells.size(); i++) {
        lines = Math.max(lines, wrap(cells.get(i), cellStyles[i], inner(widths[i])).size());
        leading = Math.max(leading, cellStyles[i].leading());
      }
      return lines * leading + 2 * CELL_PAD;
    }

    private void draw(float[] w, Style[] cellStyles, List<String> cells, boolean isHeader)
        throws IOException {
      ensurePage();
      List<List<String>> wrapped = new ArrayList<>(cells.size());
      int lines = 1;
      float leading = 0;
      for (int i = 0; i < cells.size(); i++) {
        List<String> cell = wrap(cells.get(i), cellStyles[i], inner(w[i]));
        wrapped.add(cell);
        lines = Math.max(lines, cell.size());
        leading = Math.max(leading, cellStyles[i].leading());
      }
      float height = lines * leading + 2 * CELL_PAD;
      // A row that fits on a page is not split; a longer one flows on line by line.
      if (y - height < BOTTOM && height <= TOP - BOTTOM - 40) {
        breakPage(isHeader);
      }
      if (isHeader) {
        content.setNonStrokingColor(HEAD_FILL);
        content.addRect(MARGIN, y - height, sum(w), height);
        content.fill();
      }
      y -= CELL_PAD;
      for (int l = 0; l < lines; l++) {
        if (y - leading < BOTTOM) {
          breakPage(isHeader);
        }
        float x = MARGIN;
        for (int i = 0; i < wrapped.size(); i++) {
          List<String> cell = wrapped.get(i);
          if (l < cell.size()) {
            show(x + CELL_PAD, y - cellStyles[i].size(), cellStyles[i], cell.get(l));
          }
          x += w[i];
        }
        y -= leading;
      }
      y -= CELL_PAD;
      if (rules || isHeader) {
        line(MARGIN, y, MARGIN + sum(w), y, RULE);
      }
    }

    private void breakPage(boolean isHeader) throws IOException {
      newPage();
      if (header != null && !isHeader) {
        drawHeader();
      }
    }
  }

  @Override
  public void close() throws IOException {
    closePage();
  }

  /**
   * Splits text into lines no wider than {@code width}: at line breaks in the text, then between
   * words, and inside a word (a hash, a path) only when it is wider than a line by itself.
   */
  List<String> wrap(String text, Style style, float width) {
    List<String> out = new ArrayList<>();
    String source = text == null ? "" : text;
    float space = width(" ", style);
    for (String para : source.split("\\R", -1)) {
      StringBuilder line = new StringBuilder();
      float lineWidth = 0;
      for (String word : clean(para, style.font()).split(" ")) {
        if (word.isEmpty()) {
          continue;
        }
        float wordWidth = width(word, style);
        float needed = line.length() == 0 ? wordWidth : lineWidth + space + wordWidth;
        if (needed <= width) {
          if (line.length() > 0) {
            line.append(' ');
          }
          line.append(word);
          lineWidth = needed;
          continue;
        }
        if (line.length() > 0) {
          out.add(line.toString());
          line.setLength(0);
          lineWidth = 0;
        }
        if (wordWidth <= width) {
          line.append(word);
          lineWidth = wordWidth;
          continue;
        }
        int start = 0;
        float chunkWidth = 0;
        for (int i = 0; i < word.length(); ) {
          int cp = word.codePointAt(i);
          int next = i + Character.charCount(cp);
          float w = width(word.substring(i, next), style);
          if (chunkWidth + w > width && i > start) {
            out.add(word.substring(start, i));
            start = i;
            chunkWidth = 0;
          }
          chunkWidth += w;
          i = next;
        }
        line.append(word, start, word.length());
        lineWidth = chunkWidth;
      }
      out.add(line.toString());
    }
    return out;
  }

  /**
   * The text as the font can draw it: control characters (line breaks included) become spaces,
   * invisible format characters (zero-width spaces, soft hyphens, direction marks) are dropped, and
   * characters the font has no glyph for become "?", so that odd input never aborts the report.
   */
  String clean(String text, PDFont font) {
    if (text == null) {
      return "";
    }
    Map<Integer, Boolean> known = drawable.computeIfAbsent(font, f -> new HashMap<>());
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            cp -> {
              if (Character.isISOControl(cp) || Character.isWhitespace(cp)) {
                out.append(' ');
              } else if (Character.getType(cp) == Character.FORMAT) {
                return;
              } else if (known.computeIfAbsent(cp, c -> canDraw(font, c))) {
                out.appendCodePoint(cp);
              } else {
                out.append('?');
              }
            });
    return out.toString();
  }

  private static boolean canDraw(PDFont font, int cp) {
    try {
      font.encode(new String(Character.toChars(cp)));
      return true;
    } catch (IllegalArgumentException | IOException e) {
      return false;
    }
  }

  /** Shortens a single line with an ellipsis to fit {@code width}. */
  private String fit(String text, Style style, float width) {
    String s = clean(text, style.font());
    if (width(s, style) <= width) {
      return s;
    }
    while (!s.isEmpty() && width(s + "…", style) > width) {
      s = s.substring(0, s.offsetByCodePoints(s.length(), -1));
    }
    return s + "…";
  }

  /** The width of the widest word of {@code text}. */
  float widestWord(String text, Style style) {
    float widest = 0;
    for (String word : clean(text, style.font()).split(" ")) {
      widest = Math.max(widest, width(word, style));
    }
    return widest;
  }

  float width(String cleanText, Style style) {
    try {
      return style.font().getStringWidth(cleanText) / 1000 * style.size();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static float inner(float cellWidth) {
    return cellWidth - 2 * CELL_PAD;
  }

  private static float sum(float[] w) {
    float s = 0;
    for (float v : w) {
      s += v;
    }
    return s;
  }

  private void show(float x, float baseline, Style style, String cleanText) throws IOException {
    if (cleanText.isEmpty()) {
      return;
    }
    content.beginText();
    content.setFont(style.font(), style.size());
    content.setNonStrokingColor(style.color());
    content.newLineAtOffset(x, baseline);
    content.showText(cleanText);
    content.endText();
  }

  private void line(float x1, float y1, float x2, float y2, Color color) throws IOException {
    content.setStrokingColor(color);
    content.setLineWidth(0.5f);
    content.moveTo(x1, y1);
    content.lineTo(x2, y2);
    content.stroke();
  }

  private void ensurePage() throws IOException {
    if (content == null) {
      newPage();
    }
  }

  private void closePage() throws IOException {
    if (content != null) {
      content.close();
      content = null;
    }
  }
}
