package org.evidentia.bundle.internal;

import java.time.Instant;
import java.util.List;
import org.evidentia.audit.api.AuditEntryView;
import org.evidentia.bundle.api.BundleOptions;
import org.evidentia.classification.api.ClassificationView;
import org.evidentia.classification.api.ElementLinkView;
import org.evidentia.classification.api.Matrix;
import org.evidentia.evidence.api.CustodyEventView;
import org.evidentia.evidence.api.EvidenceView;
import org.evidentia.intake.api.CaseView;
import org.evidentia.intake.api.ClaimView;
import org.evidentia.intake.api.IncidentView;
import org.evidentia.intake.api.PersonView;
import org.evidentia.intake.api.SourceView;
import org.evidentia.verification.api.ReviewView;

/**
 * Everything a bundle holds about a case, read once before anything is written, so that every file
 * of the bundle (case.json, the CSVs, the summary) tells the same story.
 *
 * @param matrix only the exported incidents' columns, and the crimes charged in them
 * @param audit the audit entries about the case and everything in it, oldest first
 */
record CaseSnapshot(
    String bundleId,
    CaseView kase,
    Instant exportedAt,
    String exportedBy,
    BundleOptions options,
    String organization,
    List<IncidentRecord> incidents,
    Matrix matrix,
    List<AuditEntryView> audit) {

  /**
   * One incident with what belongs to it.
   *
   * @param persons pseudonyms only, unless identities are revealed in this bundle
   */
  record IncidentRecord(
      IncidentView incident,
      boolean verified,
      List<SourceView> sources,
      List<ClaimView> claims,
      List<PersonView> persons,
      ReviewView review,
      List<ClassificationRecord> classifications,
      List<EvidenceRecord> evidence) {}

  /** A classification and its element links, withdrawn ones included and marked. */
  record ClassificationRecord(ClassificationView classification, List<ElementLinkView> links) {}

  /**
   * An evidence item and where its original lies in the bag.
   *
   * @param bagPath for example {@code data/evidence/<id>-<sha256>-<name>}
   * @param extra a labelled extra (a redacted working copy), not an original
   */
  record EvidenceRecord(
      EvidenceView item, String bagPath, boolean extra, List<CustodyEventView> custody) {}

  /** Every evidence record of every incident. */
  List<EvidenceRecord> allEvidence() {
    return incidents.stream().flatMap(i -> i.evidence().stream()).toList();
  }

  /** How many exported incidents are not VERIFIED. */
  long unverified() {
    return incidents.stream().filter(i -> !i.verified()).count();
  }
}
