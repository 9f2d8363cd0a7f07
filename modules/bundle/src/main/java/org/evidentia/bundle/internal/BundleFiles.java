package org.evidentia.bundle.internal;

import jakarta.json.Json;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.evidentia.audit.api.AuditEntryView;
import org.evidentia.bundle.api.Enums.IncidentScope;
import org.evidentia.bundle.internal.CaseSnapshot.EvidenceRecord;
import org.evidentia.bundle.internal.CaseSnapshot.IncidentRecord;
import org.evidentia.classification.api.ClassificationView;
import org.evidentia.classification.api.ElementLinkView;
import org.evidentia.classification.api.Matrix;
import org.evidentia.classification.api.MatrixCsv;
import org.evidentia.evidence.api.CustodyEventView;
import org.evidentia.evidence.api.EvidenceView;
import org.evidentia.intake.api.CaseView;
import org.evidentia.intake.api.ClaimView;
import org.evidentia.intake.api.IncidentView;
import org.evidentia.intake.api.PersonView;
import org.evidentia.intake.api.SourceView;
import org.evidentia.verification.api.SignOffView;
import org.evidentia.verification.api.TransitionView;

/**
 * The data files of a bundle, each written from the same snapshot: case.json (described by
 * docs/case-bundle.schema.json), custody-log.csv, audit-extract.json and matrix.csv. An incident
 * that is not VERIFIED is marked UNVERIFIED in each of them.
 */
final class BundleFiles {

  static final String CASE_FORMAT = "evidentia-case/1";
  static final String AUDIT_FORMAT = "evidentia-audit-extract/1";
  static final String VERIFIED = "VERIFIED";
  static final String UNVERIFIED = "UNVERIFIED";

  private BundleFiles() {}

  // ---- case.json ----

  @JsonbPropertyOrder({
    "format",
    "bundleId",
    "exportedAt",
    "exportedBy",
    "organization",
    "options",
    "case",
    "incidents",
    "matrix"
  })
  public record CaseDocument(
      String format,
      String bundleId,
      Instant exportedAt,
      String exportedBy,
      String organization,
      Options options,
      @JsonbProperty("case") CaseView kase,
      List<IncidentDocument> incidents,
      Matrix matrix) {}

  public record Options(
      IncidentScope incidents,
      boolean revealProtectedIdentities,
      String reason,
      String language,
      int unverifiedIncidents) {}

  @JsonbPropertyOrder({
    "marking",
    "incident",
    "sources",
    "claims",
    "persons",
    "review",
    "classifications",
    "evidence"
  })
  public record IncidentDocument(
      String marking,
      IncidentView incident,
      List<SourceView> sources,
      List<ClaimView> claims,
      List<PersonView> persons,
      ReviewDocument review,
      List<ClassificationDocument> classifications,
      List<EvidenceDocument> evidence) {}

  /** A classification and its element links, withdrawn ones included and marked. */
  public record ClassificationDocument(
      ClassificationView classification, List<ElementLinkView> links) {}

  /** The review as it stands and its whole history, without the exporter's own options. */
  public record ReviewDocument(
      String status,
      int round,
      int requiredSignOffs,
      List<SignOffView> signOffs,
      List<TransitionView> history) {}

  @JsonbPropertyOrder({"bagPath", "extra", "item", "custody"})
  public record EvidenceDocument(
      String bagPath, boolean extra, EvidenceView item, List<CustodyEventView> custody) {}

  static CaseDocument caseDocument(CaseSnapshot s) {
    List<IncidentDocument> incidents = new ArrayList<>();
    for (IncidentRecord r : s.incidents()) {
      incidents.add(
          new IncidentDocument(
              marking(r),
              r.incident(),
              r.sources(),
              r.claims(),
              r.persons(),
              new ReviewDocument(
                  r.review().status().name(),
                  r.review().round(),
                  r.review().requiredSignOffs(),
                  r.review().signOffs(),
                  r.review().history()),
              r.classifications().stream()
                  .map(c -> new ClassificationDocument(c.classification(), c.links()))
                  .toList(),
              r.evidence().stream()
                  .map(e -> new EvidenceDocument(e.bagPath(), e.extra(), e.item(), e.custody()))
                  .toList()));
    }
    return new CaseDocument(
        CASE_FORMAT,
        s.bundleId(),
        s.exportedAt(),
        s.exportedBy(),
        s.organization(),
        new Options(
            s.options().incidents(),
            s.options().revealProtectedIdentities(),
            s.options().reason(),
            s.options().language(),
            (int) s.unverified()),
        s.kase(),
        incidents,
        s.matrix());
  }

  static void caseJson(CaseSnapshot snapshot, OutputStream out) throws IOException {
    try (Jsonb jsonb =
        JsonbBuilder.create(new JsonbConfig().withNullValues(true).withFormatting(true))) {
      // Yasson closes the stream it writes to; the bag's entry stream only flushes on close.
      jsonb.toJson(caseDocument(snapshot), out);
    } catch (IOException e) {
      throw e;
    } catch (Exception e) {
      throw new IOException("case.json could not be written: " + e.getMessage(), e);
    }
  }

  static String marking(IncidentRecord r) {
    return r.verified() ? VERIFIED : UNVERIFIED;
  }

  // ---- custody-log.csv ----

  /** Every custody event of every item, oldest first, one per line (RFC 4180, UTF-8). */
  static void custodyCsv(CaseSnapshot s, OutputStream out) throws IOException {
    record Line(Instant at, IncidentRecord incident, EvidenceRecord item, CustodyEventView e) {}
    List<Line> lines = new ArrayList<>();
    for (IncidentRecord r : s.incidents()) {
      for (EvidenceRecord item : r.evidence()) {
        item.custody().forEach(e -> lines.add(new Line(e.at(), r, item, e)));
      }
    }
    lines.sort(Comparator.comparing(Line::at).thenComparing(l -> l.item().item().id()));
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    w.write(
        "at,evidence_id,incident_id,incident_marking,event,by,details,sha256,bag_path,extra\r\n");
    for (Line l : lines) {
      w.write(
          String.join(
                  ",",
                  l.at().toString(),
                  l.item().item().id(),
                  l.incident().incident().id(),
                  marking(l.incident()),
                  l.e().type().name(),
                  MatrixCsv.quote(l.e().by()),
                  MatrixCsv.quote(l.e().details()),
                  l.item().item().sha256(),
                  MatrixCsv.quote(l.item().bagPath()),
                  Boolean.toString(l.item().extra()))
              + "\r\n");
    }
    w.flush();
  }

  // ---- audit-extract.json ----

  /**
   * The audit entries about the case, each with the hashes that link it into the chain, so a reader
   * can recompute every hash (see the verification page of summary.pdf).
   */
  static void auditExtract(CaseSnapshot s, OutputStream out) {
    JsonGenerator g =
        Json.createGeneratorFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
            .createGenerator(out, StandardCharsets.UTF_8);
    g.writeStartObject()
        .write("format", AUDIT_FORMAT)
        .write("caseReference", s.kase().reference())
        .write("bundleId", s.bundleId())
        .write("exportedAt", s.exportedAt().toString())
        .write("hashAlgorithm", "SHA-256")
        .write(
            "canonicalForm",
            "for each of sequence, recordedAt, actor, action, targetType, targetId, address,"
                + " details, previousHash: '<UTF-8 byte length>:<value>\\n', or '-\\n' when null;"
                + " the hash is the lowercase hex SHA-256 of the UTF-8 bytes");
    g.writeStartArray("unverifiedIncidents");
    s.incidents().stream().filter(r -> !r.verified()).forEach(r -> g.write(r.incident().id()));
    g.writeEnd();
    g.writeStartArray("entries");
    for (AuditEntryView e : s.audit()) {
      g.writeStartObject()
          .write("sequence", e.sequence())
          .write("recordedAt", e.recordedAt().toString());
      nullable(g, "actor", e.actor());
      nullable(g, "action", e.action());
      nullable(g, "targetType", e.targetType());
      nullable(g, "targetId", e.targetId());
      nullable(g, "address", e.address());
      nullable(g, "details", e.details());
      g.write("previousHash", e.previousHash()).write("hash", e.hash()).writeEnd();
    }
    g.writeEnd().writeEnd();
    g.flush();
  }

  private static void nullable(JsonGenerator g, String name, String value) {
    if (value == null) {
      g.writeNull(name);
    } else {
      g.write(name, value);
    }
  }

  // ---- matrix.csv ----

  static byte[] matrixCsv(CaseSnapshot s) {
    return MatrixCsv.write(s.matrix()).getBytes(StandardCharsets.UTF_8);
  }
}
