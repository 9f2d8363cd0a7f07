package org.evidentia.bundle.internal;

import java.awt.Color;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.Comparator;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TimeZone;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.evidentia.bundle.internal.CaseSnapshot.ClassificationRecord;
import org.evidentia.bundle.internal.CaseSnapshot.EvidenceRecord;
import org.evidentia.bundle.internal.CaseSnapshot.IncidentRecord;
import org.evidentia.bundle.internal.PdfLayout.Style;
import org.evidentia.bundle.internal.PdfLayout.Table;
import org.evidentia.classification.api.ClassificationView;
import org.evidentia.classification.api.ElementLinkView;
import org.evidentia.classification.api.Matrix;
import org.evidentia.evidence.api.CustodyEventView;
import org.evidentia.evidence.api.EvidenceView;
import org.evidentia.intake.api.ClaimView;
import org.evidentia.intake.api.IncidentView;
import org.evidentia.intake.api.Location;
import org.evidentia.intake.api.Occurred;
import org.evidentia.intake.api.PersonView;
import org.evidentia.intake.api.Range;
import org.evidentia.intake.api.SourceView;
import org.evidentia.verification.api.ReviewView;
import org.evidentia.verification.api.SignOffView;

/**
 * The bundle's {@code data/summary.pdf}: the case written out for a human reader, in English or
 * Ukrainian. It is a reading aid; the bundle's data files are the record.
 */
final class SummaryPdf {

  private static final String FONTS = "/net/sf/jasperreports/fonts/dejavu/";
  private static final String NONE = "—";
  // Incidents per column group of the matrix, so that a cell stays wide enough for its word.
  private static final int MATRIX_COLUMNS = 8;
  private static final float MATRIX_CELL = 40;
  private static final float MATRIX_LABEL = 185;
  private static final int ELEMENT_TEXT = 160;

  private static final Color BLACK = Color.BLACK;
  private static final Color GREY = new Color(0x55, 0x55, 0x55);
  private static final Color WARN = new Color(0xA0, 0x10, 0x10);
  private static final Color WARN_FILL = new Color(0xFD, 0xE8, 0xE8);
  private static final Color NOTE_FILL = new Color(0xF2, 0xF2, 0xF2);

  private final CaseSnapshot snapshot;
  private final ResourceBundle text;
  private final PdfLayout layout;
  private final Style title;
  private final Style h1;
  private final Style h2;
  private final Style h3;
  private final Style body;
  private final Style label;
  private final Style cell;
  private final Style cellBold;
  private final Style head;
  private final Style mono;
  private final Style monoSmall;
  private final Style warn;
  private final Style warnCell;
  private final Style matrixCell;
  private final Style matrixGap;
  private final Style small;
  private final Style smallLabel;
  private final Style itemHead;
  private final Map<String, String> incidentLabels = new HashMap<>();
  private int steps;

  private SummaryPdf(CaseSnapshot snapshot, ResourceBundle text, PDDocument doc)
      throws IOException {
    this.snapshot = snapshot;
    this.text = text;
    PDFont regular = font(doc, "DejaVuSans.ttf");
    PDFont bold = font(doc, "DejaVuSans-Bold.ttf");
    PDFont monoFont = font(doc, "DejaVuSansMono.ttf");
    title = new Style(bold, 22, BLACK);
    h1 = new Style(bold, 15, BLACK);
    h2 = new Style(bold, 12, BLACK);
    h3 = new Style(bold, 10, BLACK);
    body = new Style(regular, 9.5f, BLACK);
    small = new Style(regular, 8, GREY);
    label = new Style(bold, 8.5f, GREY);
    cell = new Style(regular, 7.5f, BLACK);
    cellBold = new Style(bold, 7.5f, BLACK);
    head = new Style(bold, 7.5f, BLACK);
    mono = new Style(monoFont, 7.5f, BLACK);
    smallLabel = new Style(bold, 7.5f, GREY);
    itemHead = new Style(bold, 9, BLACK);
    monoSmall = new Style(monoFont, 6, BLACK);
    warn = new Style(bold, 10, WARN);
    warnCell = new Style(bold, 7.5f, WARN);
    matrixCell = new Style(regular, 6.5f, BLACK);
    matrixGap = new Style(bold, 6.5f, WARN);
    Style running = new Style(regular, 7, GREY);
    layout =
        new PdfLayout(
            doc,
            running,
            snapshot.kase().reference() + " · " + snapshot.kase().title(),
            snapshot.bundleId(),
            t("footer"),
            t("page"));
    int n = 0;
    for (IncidentRecord r : snapshot.incidents()) {
      incidentLabels.put(r.incident().id(), "I" + ++n);
    }
    if (snapshot.matrix() != null) {
      for (Matrix.Column c : snapshot.matrix().incidents()) {
        if (!incidentLabels.containsKey(c.incidentId())) {
          incidentLabels.put(c.incidentId(), "I" + ++n);
        }
      }
    }
  }

  /**
   * Writes the summary of {@code snapshot} in {@code locale}'s language (Ukrainian for "uk",
   * English otherwise) to {@code out}, which is left open.
   */
  static void write(CaseSnapshot snapshot, Locale locale, OutputStream out) throws IOException {
    ResourceBundle text = labels(locale);
    // Page content streams are buffered in a temporary file rather than on the heap.
    try (PDDocument doc = new PDDocument(IOUtils.createTempFileOnlyStreamCache())) {
      describe(doc, snapshot, text, locale);
      SummaryPdf pdf = new SummaryPdf(snapshot, text, doc);
      pdf.render();
      // A classic cross-reference table: with object streams PDFBox 3.0.5 declares a /Size larger
      // than the highest object number, which strict checkers (qpdf --check) report.
      doc.save(new KeepOpen(out), CompressParameters.NO_COMPRESSION);
    }
  }

  static ResourceBundle labels(Locale locale) {
    Locale language =
        locale != null && "uk".equals(locale.getLanguage())
            ? Locale.forLanguageTag("uk")
            : Locale.ENGLISH;
    // No fallback to the JVM's default locale: an English summary must not turn Ukrainian on a
    // server that runs in uk_UA.
    return ResourceBundle.getBundle(
        "org.evidentia.bundle.summary",
        language,
        SummaryPdf.class.getClassLoader(),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  private static void describe(
      PDDocument doc, CaseSnapshot snapshot, ResourceBundle text, Locale locale) {
    PDDocumentInformation info = doc.getDocumentInformation();
    info.setTitle(text.getString("title") + " " + snapshot.kase().reference());
    info.setSubject(snapshot.kase().title());
    info.setCreator("Evidentia");
    if (snapshot.exportedAt() != null) {
      Calendar at = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
      at.setTimeInMillis(snapshot.exportedAt().toEpochMilli());
      info.setCreationDate(at);
    }
    doc.getDocumentCatalog()
        .setLanguage(locale != null && "uk".equals(locale.getLanguage()) ? "uk" : "en");
  }

  private static PDFont font(PDDocument doc, String file) throws IOException {
    try (InputStream in = SummaryPdf.class.getResourceAsStream(FONTS + file)) {
      if (in == null) {
        throw new IOException("font not on the classpath: " + FONTS + file);
      }
      return PDType0Font.load(doc, in, true);
    }
  }

  private void render() throws IOException {
    try (layout) {
      cover();
      incidents();
      matrix();
      classifications();
      evidence();
      custody();
      howToVerify();
    }
  }

  // ---- 1. Cover

  private void cover() throws IOException {
    layout.newPage();
    layout.paragraph(t("title"), title);
    layout.paragraph(t("subtitle"), new Style(body.font(), 12, GREY));
    layout.space(14);
    Table f = fields();
    f.row(t("field.reference"), snapshot.kase().reference());
    f.row(t("field.caseTitle"), snapshot.kase().title());
    if (present(snapshot.kase().summary())) {
      f.row(t("field.summary"), snapshot.kase().summary());
    }
    f.row(t("field.caseId"), snapshot.kase().id());
    f.row(t("field.exportedAt"), time(snapshot.exportedAt()));
    f.row(t("field.exportedBy"), or(snapshot.exportedBy()));
    f.row(t("field.organization"), or(snapshot.organization()));
    f.row(new Style[] {label, mono}, t("field.bundleId"), snapshot.bundleId());
    f.row(t("field.scope"), t("scope." + snapshot.options().incidents().name()));
    boolean revealed = snapshot.options().revealProtectedIdentities();
    f.row(t("field.identities"), t(revealed ? "identities.revealed" : "identities.pseudonyms"));
    if (revealed) {
      f.row(t("field.revealReason"), or(snapshot.options().reason()));
    }
    f.row(t("count.incidents"), Integer.toString(snapshot.incidents().size()));
    f.row(t("count.unverified"), Long.toString(snapshot.unverified()));
    f.row(t("count.evidence"), Integer.toString(snapshot.allEvidence().size()));
    f.row(
        t("count.audit"), Integer.toString(snapshot.audit() == null ? 0 : snapshot.audit().size()));
    layout.space(12);
    if (snapshot.unverified() > 0) {
      layout.box(f("notice.unverified", snapshot.unverified()), warn, WARN_FILL, WARN);
      layout.space(6);
    }
    layout.box(t("notice.readingAid"), body, NOTE_FILL, GREY);
    layout.space(10);
    layout.paragraph(t("contents"), h3);
    for (String section :
        List.of("section.incidents", "section.matrix", "section.classifications")) {
      layout.paragraph("• " + t(section), body, 8);
    }
    for (String section : List.of("section.evidence", "section.custody", "section.verify")) {
      layout.paragraph("• " + t(section), body, 8);
    }
  }

  // ---- 2. Incidents

  private void incidents() throws IOException {
    layout.newPage();
    layout.heading(t("section.incidents"), h1, 40);
    if (snapshot.incidents().isEmpty()) {
      layout.paragraph(t("none"), body);
    }
    boolean first = true;
    for (IncidentRecord r : snapshot.incidents()) {
      if (!first) {
        layout.space(8);
        layout.rule();
      }
      first = false;
      incident(r);
    }
  }

  private void incident(IncidentRecord r) throws IOException {
    IncidentView inc = r.incident();
    layout.heading(incidentLabels.get(inc.id()) + ". " + or(inc.title()), h2, 60);
    if (!r.verified()) {
      layout.box(f("incident.unverified", status(inc.status())), warn, WARN_FILL, WARN);
    }
    Table f = fields();
    f.row(new Style[] {label, mono}, t("field.incidentId"), inc.id());
    f.row(t("field.status"), status(inc.status()) + (r.verified() ? "" : " — UNVERIFIED"));
    f.row(t("field.occurred"), occurred(inc.occurred()));
    f.row(t("field.place"), place(inc.location()));
    f.row(t("field.coordinates"), coordinates(inc.location()));
    f.row(t("field.type"), or(inc.incidentType()));
    f.row(t("field.weapon"), or(inc.weapon()));
    f.row(t("field.target"), or(inc.target()));
    f.row(t("field.perpetrator"), or(inc.allegedPerpetrator()));
    if (present(inc.sameEventAs())) {
      f.row(t("field.sameEventAs"), label(inc.sameEventAs()));
    }
    subheading("heading.narrative");
    layout.paragraph(present(inc.narrative()) ? inc.narrative() : NONE, body);
    review(r.review());
    sources(r.sources());
    claims(r.claims());
    persons(r.persons());
  }

  private void review(ReviewView review) throws IOException {
    subheading("heading.review");
    if (review == null) {
      layout.paragraph(t("review.none"), body);
      return;
    }
    Table f = fields();
    f.row(t("field.round"), Integer.toString(review.round()));
    f.row(t("field.requiredSignOffs"), Integer.toString(review.requiredSignOffs()));
    List<SignOffView> signOffs = review.signOffs() == null ? List.of() : review.signOffs();
    f.row(t("field.signOffs"), f("signOffs.count", signOffs.size(), review.requiredSignOffs()));
    if (signOffs.isEmpty()) {
      return;
    }
    Table table =
        table(
            new float[] {110, 95, PdfLayout.WIDTH - 205},
            "col.reviewer",
            "col.at",
            "col.rationale");
    for (SignOffView s : signOffs) {
      table.row(or(s.reviewer()), time(s.at()), or(s.rationale()));
    }
  }

  private void sources(List<SourceView> sources) throws IOException {
    subheading("heading.sources");
    if (sources == null || sources.isEmpty()) {
      layout.paragraph(t("none"), body);
      return;
    }
    Table table =
        table(
            new float[] {110, 98, PdfLayout.WIDTH - 354, 50, 96},
            "col.source",
            "col.kind",
            "col.reference",
            "col.published",
            "col.reliability");
    for (SourceView s : sources) {
      String reference =
          Stream.of(s.reference(), s.url())
              .filter(SummaryPdf::present)
              .collect(Collectors.joining("\n"));
      table.row(
          or(s.name()),
          code(s.kind()),
          or(reference),
          date(s.publishedOn()),
          s.reliability() == null
              ? t("reliability.none")
              : t("reliability." + s.reliability().name()));
    }
  }

  private void claims(List<ClaimView> claims) throws IOException {
    subheading("heading.claims");
    if (claims == null || claims.isEmpty()) {
      layout.paragraph(t("none"), body);
      return;
    }
    // One row per claim, as the source stated it: figures of different sources are never summed
    // or averaged here.
    Table table =
        table(
            new float[] {120, 58, 70, 55, 55, PdfLayout.WIDTH - 358},
            "col.source",
            "col.asOf",
            "col.population",
            "col.killed",
            "col.injured",
            "col.note");
    for (ClaimView c : claims) {
      table.row(
          or(c.sourceName()),
          date(c.asOf()),
          code(c.population()),
          range(c.killed()),
          range(c.injured()),
          or(c.note()));
    }
  }

  private void persons(List<PersonView> persons) throws IOException {
    subheading("heading.persons");
    if (persons == null || persons.isEmpty()) {
      layout.paragraph(t("none"), body);
      return;
    }
    // A name column only where a name is actually revealed in this bundle.
    boolean names = persons.stream().anyMatch(p -> p.protectedIdentity() != null);
    Table table =
        names
            ? table(
                new float[] {80, 110, 70, 55, PdfLayout.WIDTH - 315},
                "col.pseudonym",
                "col.role",
                "col.ageGroup",
                "col.sex",
                "col.name")
            : table(
                new float[] {80, 110, 70, PdfLayout.WIDTH - 260},
                "col.pseudonym",
                "col.role",
                "col.ageGroup",
                "col.sex");
    for (PersonView p : persons) {
      List<String> cells =
          new ArrayList<>(
              List.of(or(p.pseudonym()), code(p.role()), code(p.ageGroup()), or(p.sex())));
      if (names) {
        cells.add(p.protectedIdentity() == null ? NONE : or(p.protectedIdentity().name()));
      }
      table.row(cells.toArray(String[]::new));
    }
  }

  // ---- 3. Classification matrix and classifications

  private void matrix() throws IOException {
    layout.newPage();
    layout.heading(t("section.matrix"), h1, 40);
    layout.paragraph(t("matrix.intro"), small);
    layout.space(6);
    Matrix matrix = snapshot.matrix();
    if (matrix == null || matrix.rows().isEmpty() || matrix.incidents().isEmpty()) {
      layout.paragraph(t("matrix.empty"), body);
      return;
    }
    subheading("matrix.legend");
    Table legend =
        table(
            new float[] {30, PdfLayout.WIDTH - 30 - 150 - 90, 90, 150},
            "col.label",
            "col.incident",
            "col.status",
            "col.id");
    for (Matrix.Column c : matrix.incidents()) {
      legend.row(
          new Style[] {cellBold, cell, c.verified() ? cell : warnCell, monoSmall},
          label(c.incidentId()),
          or(c.title()),
          status(c.status()) + (c.verified() ? "" : "\nUNVERIFIED"),
          c.incidentId());
    }
    // Cells as wide as the longest word they may hold in this language, so that no word is
    // broken; as many incidents per column group as then fit beside the element's text.
    float cellWidth = MATRIX_CELL;
    for (String word :
        List.of(
            t("matrix.gap"),
            t("matrix.classified"),
            t("matrix.proposed"),
            "I" + incidentLabels.size())) {
      cellWidth = Math.max(cellWidth, layout.widestWord(word, matrixGap) + 8);
    }
    int perGroup =
        Math.max(1, Math.min(MATRIX_COLUMNS, (int) ((PdfLayout.WIDTH - MATRIX_LABEL) / cellWidth)));
    List<Matrix.Column> columns = matrix.incidents();
    int groups = (columns.size() + perGroup - 1) / perGroup;
    for (int g = 0; g < groups; g++) {
      List<Matrix.Column> group =
          columns.subList(g * perGroup, Math.min(columns.size(), (g + 1) * perGroup));
      layout.space(8);
      if (groups > 1) {
        layout.heading(
            f("matrix.group", g * perGroup + 1, g * perGroup + group.size(), columns.size()),
            h3,
            40);
      }
      matrixGroup(matrix, group, cellWidth);
    }
  }

  private void matrixGroup(Matrix matrix, List<Matrix.Column> group, float cellWidth)
      throws IOException {
    float[] widths = new float[group.size() + 1];
    widths[0] = PdfLayout.WIDTH - group.size() * cellWidth;
    List<String> header = new ArrayList<>();
    header.add(t("matrix.element"));
    for (int i = 0; i < group.size(); i++) {
      widths[i + 1] = cellWidth;
      header.add(label(group.get(i).incidentId()));
    }
    Style[] styles = new Style[widths.length];
    Arrays.fill(styles, matrixCell);
    styles[0] = cell;
    Table table = layout.table(widths, styles, header, head, true);
    String crime = null;
    for (Matrix.Row row : matrix.rows()) {
      if (!Objects.equals(crime, row.crimeCode())) {
        crime = row.crimeCode();
        table.span(or(row.crimeCode()) + " — " + or(row.crimeTitle()), cellBold);
      }
      Map<String, Matrix.Cell> byIncident = new HashMap<>();
      for (Matrix.Cell c : row.cells()) {
        byIncident.put(c.incidentId(), c);
      }
      String[] cells = new String[widths.length];
      Style[] cellStyles = styles.clone();
      cells[0] =
          row.elementCode() == null
              ? t("matrix.noElements")
              : row.elementCode() + " · " + code(row.kind()) + " · " + shorten(row.text());
      for (int i = 0; i < group.size(); i++) {
        Matrix.Cell c = byIncident.get(group.get(i).incidentId());
        cells[i + 1] = cellText(c);
        if (c != null && c.gap()) {
          cellStyles[i + 1] = matrixGap;
        }
      }
      table.row(cellStyles, cells);
    }
  }

  private String cellText(Matrix.Cell c) {
    if (c == null || !c.applies()) {
      return "";
    }
    String value =
        c.count() == null
            ? t("matrix.classified")
            : c.gap() ? t("matrix.gap") : c.count().toString();
    return c.proposed() ? value + "\n" + t("matrix.proposed") : value;
  }

  private void classifications() throws IOException {
    layout.space(14);
    layout.heading(t("section.classifications"), h1, 40);
    boolean any = false;
    for (IncidentRecord r : snapshot.incidents()) {
      for (ClassificationRecord c : r.classifications()) {
        any = true;
        classification(r, c);
      }
    }
    if (!any) {
      layout.paragraph(t("none"), body);
    }
  }

  private void classification(IncidentRecord r, ClassificationRecord record) throws IOException {
    ClassificationView c = record.classification();
    layout.heading(
        incidentLabels.get(r.incident().id())
            + " · "
            + or(c.crimeCode())
            + " — "
            + or(c.crimeTitle())
            + (c.verified() && r.verified() ? "" : " — UNVERIFIED"),
        h3,
        50);
    Table f = fields();
    f.row(t("field.classificationStatus"), code(c.status()));
    f.row(t("field.rationale"), or(c.rationale()));
    f.row(t("field.proposedBy"), who(c.proposedBy(), c.proposedAt()));
    f.row(t("field.decidedBy"), c.decidedBy() == null ? NONE : who(c.decidedBy(), c.decidedAt()));
    if (present(c.decisionNote())) {
      f.row(t("field.decisionNote"), c.decisionNote());
    }
    List<ElementLinkView> active =
        record.links() == null
            ? List.of()
            : record.links().stream().filter(ElementLinkView::active).toList();
    if (active.isEmpty()) {
      layout.paragraph(t("links.none"), small);
      return;
    }
    layout.space(3);
    Table links =
        table(
            new float[] {95, PdfLayout.WIDTH - 95 - 75 - 120, 75, 120},
            "col.element",
            "col.support",
            "col.strength",
            "col.note");
    for (ElementLinkView l : active) {
      links.row(or(l.elementCode()), support(l), code(l.strength()), or(l.note()));
    }
  }

  private String support(ElementLinkView l) {
    String what;
    if (l.evidenceId() != null) {
      what = f("support.evidence", l.evidenceId());
    } else if (l.sourceId() != null) {
      what = f("support.source", l.sourceId());
    } else if (l.claimId() != null) {
      what = f("support.claim", l.claimId());
    } else {
      what = NONE;
    }
    return present(l.label()) ? what + "\n" + l.label() : what;
  }

  // ---- 4. Evidence

  private void evidence() throws IOException {
    layout.newPage();
    layout.heading(t("section.evidence"), h1, 40);
    List<EvidenceRecord> all = snapshot.allEvidence();
    if (all.isEmpty()) {
      layout.paragraph(t("none"), body);
    }
    for (EvidenceRecord e : all) {
      item(e);
    }
  }

  private void item(EvidenceRecord e) throws IOException {
    EvidenceView v = e.item();
    layout.space(5);
    // Kept whole on one page where it fits: an item's hashes should not be split from its name.
    layout.heading(or(v.originalFileName()), itemHead, 125);
    if (e.extra()) {
      layout.paragraph(t("evidence.extra"), warnCell);
    }
    // Compact rows: a case may hold thousands of items.
    Table f =
        layout.table(
            new float[] {105, PdfLayout.WIDTH - 105},
            new Style[] {smallLabel, cell},
            null,
            null,
            false);
    Style[] monoRow = {smallLabel, mono};
    f.row(monoRow, t("field.itemId"), v.id());
    f.row(t("field.incident"), label(v.incidentId()) + "  " + or(v.incidentId()));
    f.row(
        t("field.kind"),
        code(v.kind()) + " · " + or(v.mediaType()) + " · " + f("size.bytes", v.size()));
    if (present(v.description())) {
      f.row(t("field.description"), v.description());
    }
    f.row(t("field.received"), time(v.receivedAt()) + " · " + or(v.receivedBy()));
    f.row(monoRow, t("field.bagPath"), or(e.bagPath()));
    f.row(monoRow, "SHA-256", or(v.sha256()));
    f.row(monoRow, "SHA-512", halves(v.sha512()));
    f.row(
        t("field.integrity"),
        code(v.integrity())
            + (v.integrityCheckedAt() == null ? "" : " · " + time(v.integrityCheckedAt())));
    if (present(v.derivedFrom())) {
      f.row(monoRow, t("field.derivedFrom"), v.derivedFrom());
    }
  }

  /** A SHA-512 in two lines of 64 digits, which is easier to compare by eye than a ragged wrap. */
  private static String halves(String hex) {
    if (hex == null) {
      return NONE;
    }
    return hex.length() == 128 ? hex.substring(0, 64) + "\n" + hex.substring(64) : hex;
  }

  // ---- 5. Custody

  private record Custody(CustodyEventView event, String itemId) {}

  private void custody() throws IOException {
    layout.newPage();
    layout.heading(t("section.custody"), h1, 40);
    List<Custody> events = new ArrayList<>();
    for (EvidenceRecord e : snapshot.allEvidence()) {
      if (e.custody() != null) {
        for (CustodyEventView c : e.custody()) {
          events.add(new Custody(c, e.item().id()));
        }
      }
    }
    if (events.isEmpty()) {
      layout.paragraph(t("none"), body);
      return;
    }
    events.sort(
        Comparator.comparing(
                (Custody c) -> c.event().at(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Custody::itemId));
    // Sized so that an ISO instant, a UUID and the longest event type each fit on one line.
    float[] widths = {90, 136, 85, 80, PdfLayout.WIDTH - 391};
    Style tight = new Style(cell.font(), 7, BLACK);
    Style[] styles = {tight, monoSmall, tight, tight, tight};
    Table table =
        layout.table(
            widths,
            styles,
            List.of(t("col.when"), t("col.item"), t("col.event"), t("col.by"), t("col.details")),
            head,
            true);
    for (Custody c : events) {
      table.row(
          time(c.event().at()),
          c.itemId(),
          code(c.event().type()),
          or(c.event().by()),
          or(c.event().details()));
    }
  }

  // ---- 6. How to verify

  private void howToVerify() throws IOException {
    layout.newPage();
    layout.heading(t("section.verify"), h1, 40);
    layout.paragraph(t("verify.intro"), body);
    step("verify.step.unzip", null);
    step(
        "verify.step.manifest",
        "sha256sum -c manifest-sha256.txt\nsha512sum -c manifest-sha512.txt");
    step("verify.step.tagmanifest", "sha256sum -c tagmanifest-sha256.txt");
    step("verify.step.oxum", null);
    step("verify.step.tool", "./evidentia verify-bundle FILE.zip");
    step("verify.step.chain", "<byte length>:<value>\\n\n-\\n");
    layout.paragraph(t("verify.chain.link"), body, 14);
    layout.space(8);
    layout.box(t("verify.covered") + "\n" + t("notice.readingAid"), body, NOTE_FILL, GREY);
  }

  private void step(String key, String commands) throws IOException {
    layout.space(6);
    layout.keep(body.leading() * 3);
    layout.paragraph(++steps + ". " + t(key), body);
    if (commands != null) {
      layout.space(2);
      layout.paragraph(commands, mono, 14);
    }
  }

  // ---- helpers

  private Table fields() throws IOException {
    return layout.table(
        new float[] {135, PdfLayout.WIDTH - 135}, new Style[] {label, body}, null, null, false);
  }

  private Table table(float[] widths, String... headerKeys) throws IOException {
    Style[] styles = new Style[widths.length];
    Arrays.fill(styles, cell);
    List<String> header = Stream.of(headerKeys).map(this::t).toList();
    return layout.table(widths, styles, header, head, true);
  }

  private void subheading(String key) throws IOException {
    layout.space(4);
    layout.heading(t(key), h3, 30);
  }

  private String t(String key) {
    return text.getString(key);
  }

  /** A label with its {0}, {1}... filled in; not MessageFormat, which would eat apostrophes. */
  private String f(String key, Object... args) {
    String s = t(key);
    for (int i = 0; i < args.length; i++) {
      s = s.replace("{" + i + "}", String.valueOf(args[i]));
    }
    return s;
  }

  private String status(Enum<?> status) {
    return status == null ? NONE : t("status." + status.name());
  }

  private String label(String incidentId) {
    return incidentLabels.getOrDefault(incidentId, or(incidentId));
  }

  private String who(String user, Instant at) {
    return or(user) + (at == null ? "" : ", " + time(at));
  }

  private String occurred(Occurred o) {
    if (o == null || o.from() == null) {
      return NONE;
    }
    String when = time(o.from());
    if (o.to() != null && !o.to().equals(o.from())) {
      when += " – " + time(o.to());
    }
    return o.precision() == null ? when : when + " (" + t("precision") + ": " + o.precision() + ")";
  }

  private String place(Location l) {
    if (l == null) {
      return NONE;
    }
    // Most specific first; an administrative unit equal to the place name is not repeated.
    Set<String> parts = new LinkedHashSet<>();
    for (String p :
        new String[] {l.placeName(), l.locality(), l.district(), l.region(), l.country()}) {
      if (present(p)) {
        parts.add(p.strip());
      }
    }
    return parts.isEmpty() ? NONE : String.join(", ", parts);
  }

  private String coordinates(Location l) {
    if (l == null || l.latitude() == null || l.longitude() == null) {
      return NONE;
    }
    String c = String.format(Locale.ROOT, "%.5f, %.5f", l.latitude(), l.longitude());
    return l.precision() == null ? c : c + " (" + t("precision") + ": " + l.precision() + ")";
  }

  private static String range(Range r) {
    if (r == null || (r.min() == null && r.max() == null)) {
      return NONE;
    }
    if (Objects.equals(r.min(), r.max())) {
      return r.min().toString();
    }
    return (r.min() == null ? "?" : r.min()) + "–" + (r.max() == null ? "?" : r.max());
  }

  private static String shorten(String s) {
    if (s == null) {
      return NONE;
    }
    String one = s.replaceAll("\\s+", " ").strip();
    return one.length() <= ELEMENT_TEXT ? one : one.substring(0, ELEMENT_TEXT - 1).strip() + "…";
  }

  private static String time(Instant i) {
    return i == null ? NONE : i.toString();
  }

  private static String date(LocalDate d) {
    return d == null ? NONE : d.toString();
  }

  private static String code(Enum<?> e) {
    return e == null ? NONE : e.name();
  }

  private static String or(String s) {
    return present(s) ? s : NONE;
  }

  private static boolean present(String s) {
    return s != null && !s.isBlank();
  }

  /** PDFBox closes the stream it saves to; the caller's stream (a ZIP entry) must stay open. */
  private static final class KeepOpen extends FilterOutputStream {
    KeepOpen(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      out.flush();
    }
  }
}
