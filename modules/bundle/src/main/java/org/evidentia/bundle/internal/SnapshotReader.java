package org.evidentia.bundle.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.evidentia.audit.api.AuditTrail;
import org.evidentia.bundle.api.BundleOptions;
import org.evidentia.bundle.api.Enums.IncidentScope;
import org.evidentia.bundle.internal.CaseSnapshot.ClassificationRecord;
import org.evidentia.bundle.internal.CaseSnapshot.EvidenceRecord;
import org.evidentia.bundle.internal.CaseSnapshot.IncidentRecord;
import org.evidentia.classification.api.ClassificationView;
import org.evidentia.classification.api.Classifications;
import org.evidentia.classification.api.Matrix;
import org.evidentia.evidence.api.Evidence;
import org.evidentia.evidence.api.EvidenceView;
import org.evidentia.intake.api.CaseView;
import org.evidentia.intake.api.Cases;
import org.evidentia.intake.api.Enums.IncidentStatus;
import org.evidentia.intake.api.IncidentFilter;
import org.evidentia.intake.api.IncidentParticulars;
import org.evidentia.intake.api.IncidentView;
import org.evidentia.intake.api.Incidents;
import org.evidentia.intake.api.PersonView;
import org.evidentia.kernel.Page;
import org.evidentia.kernel.PageRequest;
import org.evidentia.verification.api.Reviews;

/**
 * Reads a case through the other modules' APIs, as the exporter (the same rights, the same "not
 * found" for what they may not see), into one {@link CaseSnapshot}.
 */
@ApplicationScoped
class SnapshotReader {

  private static final int PAGE = 200;

  /** The longest uploader's name kept in a bag path, in UTF-8 bytes. */
  static final int NAME_BYTES = 150;

  @Inject Cases cases;

  @Inject Incidents incidents;

  @Inject IncidentParticulars particulars;

  @Inject Reviews reviews;

  @Inject Classifications classifications;

  @Inject Evidence evidence;

  @Inject AuditTrail audit;

  /** How many incidents an export with these options would hold. */
  long count(String caseId, IncidentScope scope) {
    return incidents.list(filter(caseId, scope), PageRequest.first(1)).total();
  }

  private static IncidentFilter filter(String caseId, IncidentScope scope) {
    return new IncidentFilter(
        caseId,
        scope == IncidentScope.VERIFIED ? IncidentStatus.VERIFIED : null,
        null,
        null,
        null,
        null);
  }

  /** The incidents an export with these options holds, by the time they occurred. */
  List<IncidentView> incidentsOf(String caseId, IncidentScope scope) {
    IncidentFilter filter = filter(caseId, scope);
    return all(
        p ->
            incidents.list(
                filter,
                new PageRequest(p, PAGE, new PageRequest.Sort("occurredFrom", true), null)));
  }

  CaseSnapshot read(
      String bundleId,
      String caseId,
      BundleOptions options,
      String organization,
      String exportedBy,
      Instant at) {
    CaseView kase = cases.get(caseId);
    List<IncidentRecord> records = new ArrayList<>();
    Set<String> targets = new LinkedHashSet<>();
    targets.add(caseId);
    Set<String> paths = new java.util.HashSet<>();
    for (IncidentView incident : incidentsOf(caseId, options.incidents())) {
      targets.add(incident.id());
      var sources = particulars.sources(incident.id());
      var claims = particulars.claims(incident.id());
      List<PersonView> persons =
          particulars.persons(incident.id()).stream()
              .map(p -> options.revealProtectedIdentities() && consents(p) ? p : pseudonymOnly(p))
              .toList();
      sources.forEach(s -> targets.add(s.id()));
      claims.forEach(c -> targets.add(c.id()));
      persons.forEach(p -> targets.add(p.id()));
      List<ClassificationRecord> classified = new ArrayList<>();
      for (ClassificationView c : classifications.ofIncident(incident.id())) {
        var links = classifications.links(c.id());
        targets.add(c.id());
        links.forEach(l -> targets.add(l.id()));
        classified.add(new ClassificationRecord(c, links));
      }
      List<EvidenceRecord> items = new ArrayList<>();
      for (EvidenceView item :
          all(
              p ->
                  evidence.list(
                      incident.id(),
                      new PageRequest(p, PAGE, new PageRequest.Sort("receivedAt", true), null)))) {
        targets.add(item.id());
        boolean extra = item.derivedFrom() != null;
        String path = bagPath(item, extra);
        if (!paths.add(path)) {
          throw new IllegalStateException("two evidence files would be named " + path);
        }
        items.add(new EvidenceRecord(item, path, extra, evidence.custody(item.id())));
      }
      records.add(
          new IncidentRecord(
              incident,
              incident.status() == IncidentStatus.VERIFIED,
              sources,
              claims,
              persons,
              reviews.review(incident.id()),
              classified,
              items));
    }
    Matrix matrix =
        only(
            classifications.matrix(caseId, Locale.forLanguageTag(options.language())),
            records.stream().map(r -> r.incident().id()).toList());
    return new CaseSnapshot(
        bundleId,
        kase,
        at,
        exportedBy,
        options,
        organization,
        records,
        matrix,
        audit.about(targets));
  }

  /**
   * Where an item lies in the bag: {@code data/evidence/<item id>-<first 16 hex of
   * SHA-256>-<name>}. The uploader's name is kept readable, but the characters BagIt would have to
   * percent-encode (CR, LF, %) and those that confuse {@code sha256sum -c} or a file system
   * (slashes, backslash, control characters) become underscores, so a plain checksum tool verifies
   * the bag too.
   */
  static String bagPath(EvidenceView item, boolean extra) {
    return (extra ? "data/extras/redacted-copies/" : "data/evidence/")
        + item.id()
        + "-"
        + item.sha256().substring(0, 16)
        + "-"
        + safeName(item.originalFileName());
  }

  static String safeName(String name) {
    String clean =
        Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFC)
            .replaceAll("[\\p{Cntrl}%/\\\\:*?\"<>|]", "_")
            .strip();
    if (clean.isEmpty() || clean.equals(".") || clean.equals("..")) {
      clean = "file";
    }
    // At most NAME_BYTES of UTF-8, cut at a character and keeping the extension: with the item id
    // and hash in front, the name stays under the 255 bytes a file system allows.
    if (clean.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > NAME_BYTES) {
      int dot = clean.lastIndexOf('.');
      String ext = dot > 0 && clean.length() - dot <= 10 ? clean.substring(dot) : "";
      String stem = dot > 0 && !ext.isEmpty() ? clean.substring(0, dot) : clean;
      int budget = NAME_BYTES - ext.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
      StringBuilder cut = new StringBuilder();
      int bytes = 0;
      for (int cp : stem.codePoints().toArray()) {
        int size =
            new String(Character.toChars(cp))
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)
                .length;
        if (bytes + size > budget) {
          break;
        }
        cut.appendCodePoint(cp);
        bytes += size;
      }
      // Windows drops trailing dots and spaces on extraction, which would break the manifest.
      clean = cut.toString().replaceAll("[. ]+$", "") + ext;
    }
    return clean;
  }

  /**
   * Whether a revealing export may carry this person's identity: only with their standing consent
   * to share with prosecutors. Everyone else stays a pseudonym, whatever the export asks.
   */
  static boolean consents(PersonView p) {
    return p.consent() != null
        && p.consent().shareWithProsecutors()
        && p.consent().withdrawnOn() == null;
  }

  private static PersonView pseudonymOnly(PersonView p) {
    return new PersonView(
        p.id(),
        p.incidentId(),
        p.pseudonym(),
        p.role(),
        p.ageGroup(),
        p.sex(),
        null,
        p.consent(),
        p.createdAt(),
        p.createdBy(),
        p.version());
  }

  /** The matrix with only the exported incidents, and only the crimes charged in them. */
  static Matrix only(Matrix matrix, List<String> incidentIds) {
    Set<String> keep = Set.copyOf(incidentIds);
    List<Matrix.Column> columns =
        matrix.incidents().stream().filter(c -> keep.contains(c.incidentId())).toList();
    List<Matrix.Row> rows = new ArrayList<>();
    for (Matrix.Row row : matrix.rows()) {
      List<Matrix.Cell> cells =
          row.cells().stream().filter(c -> keep.contains(c.incidentId())).toList();
      if (cells.stream().anyMatch(Matrix.Cell::applies)) {
        rows.add(
            new Matrix.Row(
                row.crimeCode(),
                row.crimeTitle(),
                row.elementCode(),
                row.position(),
                row.kind(),
                row.text(),
                cells));
      }
    }
    return new Matrix(matrix.caseId(), columns, rows);
  }

  private static <T> List<T> all(Function<Integer, Page<T>> pages) {
    List<T> out = new ArrayList<>();
    for (int p = 0; ; p++) {
      Page<T> page = pages.apply(p);
      out.addAll(page.items());
      if (page.items().size() < PAGE || out.size() >= page.total()) {
        return out;
      }
    }
  }
}
