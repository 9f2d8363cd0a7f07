package org.evidentia.bundle.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.evidentia.audit.api.AuditEntryView;
import org.evidentia.bundle.api.BundleOptions;
import org.evidentia.bundle.api.Enums.IncidentScope;
import org.evidentia.bundle.internal.CaseSnapshot.ClassificationRecord;
import org.evidentia.bundle.internal.CaseSnapshot.EvidenceRecord;
import org.evidentia.bundle.internal.CaseSnapshot.IncidentRecord;
import org.evidentia.classification.api.ClassificationView;
import org.evidentia.classification.api.ElementLinkView;
import org.evidentia.classification.api.Enums.ClassificationStatus;
import org.evidentia.classification.api.Enums.ElementKind;
import org.evidentia.classification.api.Enums.Strength;
import org.evidentia.classification.api.Matrix;
import org.evidentia.evidence.api.CustodyEventView;
import org.evidentia.evidence.api.EmbeddedMetadata;
import org.evidentia.evidence.api.Enums.CustodyEventType;
import org.evidentia.evidence.api.Enums.EvidenceKind;
import org.evidentia.evidence.api.Enums.Integrity;
import org.evidentia.evidence.api.EvidenceView;
import org.evidentia.intake.api.CaseView;
import org.evidentia.intake.api.ClaimView;
import org.evidentia.intake.api.Consent;
import org.evidentia.intake.api.Enums.AgeGroup;
import org.evidentia.intake.api.Enums.DatePrecision;
import org.evidentia.intake.api.Enums.IncidentStatus;
import org.evidentia.intake.api.Enums.LocationPrecision;
import org.evidentia.intake.api.Enums.PersonRole;
import org.evidentia.intake.api.Enums.Population;
import org.evidentia.intake.api.Enums.Reliability;
import org.evidentia.intake.api.Enums.SourceKind;
import org.evidentia.intake.api.IncidentView;
import org.evidentia.intake.api.Location;
import org.evidentia.intake.api.Occurred;
import org.evidentia.intake.api.PersonView;
import org.evidentia.intake.api.ProtectedIdentity;
import org.evidentia.intake.api.Range;
import org.evidentia.intake.api.SourceView;
import org.evidentia.verification.api.ReviewView;
import org.evidentia.verification.api.SignOffView;

/**
 * A realistic, invented case for bundle tests: a missile strike on a children's hospital in Kyiv
 * (VERIFIED, two sign-offs) and a strike on a nearby apartment block (REPORTED, so unverified),
 * with graded sources, two conflicting casualty claims, two persons, a classification with element
 * links, a matrix with a gap, three evidence items with real hashes, and their custody.
 */
final class SnapshotFixture {

  static final String CASE_ID = "5b0c2f0e-4d8e-4a51-9d3a-2f1c7e0a9b11";
  static final String CASE_REFERENCE = "UA-KYV-2024-0708";
  static final String BUNDLE_ID = "b7e4c1d2-98a3-4f6e-a0b5-3c2d1e0f9a87";
  static final String VERIFIED_ID = "0e6a4b58-1c2d-4e3f-8a9b-7c6d5e4f3a21";
  static final String UNVERIFIED_ID = "9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a";
  static final String VERIFIED_TITLE = "Missile strike on a children's hospital, Kyiv";
  static final String UNVERIFIED_TITLE = "Strike on an apartment block near the hospital";
  static final String WITNESS_PSEUDONYM = "W-0017";
  static final String VICTIM_PSEUDONYM = "V-0042";
  static final String WITNESS_NAME = "Olena Hrytsenko";
  static final String VICTIM_NAME = "Андрій Мельник";
  static final String REVEAL_REASON =
      "The prosecutor needs to summon the witness to testify at the hearing.";

  private static final Instant DAY = Instant.parse("2024-07-08T07:40:00Z");
  private static final String ANALYST = "analyst.koval";

  private SnapshotFixture() {}

  /** Every incident (ALL), persons by pseudonym only. */
  static CaseSnapshot snapshot() {
    return build(false, 0);
  }

  /** As {@link #snapshot()}, with protected identities revealed for a stated reason. */
  static CaseSnapshot revealed() {
    return build(true, 0);
  }

  /** As {@link #snapshot()}, with {@code extra} more evidence items on the verified incident. */
  static CaseSnapshot withEvidence(int extra) {
    return build(false, extra);
  }

  private static CaseSnapshot build(boolean reveal, int extraItems) {
    CaseView kase =
        new CaseView(
            CASE_ID,
            CASE_REFERENCE,
            "Attacks on medical facilities in Kyiv, July 2024",
            "Strikes of 8 July 2024 on civilian objects in Kyiv, Shevchenkivskyi district. Київ, липень 2024.",
            Instant.parse("2024-07-08T12:00:00Z"),
            "caseworker.bondar",
            7);

    IncidentView hospital =
        new IncidentView(
            VERIFIED_ID,
            CASE_ID,
            VERIFIED_TITLE,
            "At about 10:40 local time a cruise missile hit the toxicology\u200B block of the children's"
                + " hospital.\nThe roof and two upper floors collapsed while patients were being"
                + " treated; staff\tmoved children to the shelter.",
            IncidentStatus.VERIFIED,
            new Occurred(DAY, null, DatePrecision.EXACT),
            new Location(
                "Children's hospital, toxicology block",
                "Ukraine",
                "Київська область",
                "Shevchenkivskyi",
                "Київ",
                50.45207,
                30.48652,
                LocationPrecision.EXACT),
            "attack on a medical facility",
            "Kh-101 cruise missile",
            "hospital",
            "Armed forces of the Russian Federation (unit unknown)",
            null,
            DAY.plus(3, ChronoUnit.HOURS),
            "caseworker.bondar",
            DAY.plus(9, ChronoUnit.DAYS),
            "reviewer.savchenko",
            12);

    IncidentView apartments =
        new IncidentView(
            UNVERIFIED_ID,
            CASE_ID,
            UNVERIFIED_TITLE,
            "Residents report debris or a second missile striking a nine-storey block about 600 m"
                + " from the hospital. Not yet corroborated.",
            IncidentStatus.REPORTED,
            new Occurred(DAY, DAY.plus(30, ChronoUnit.MINUTES), DatePrecision.DAY),
            new Location(
                "Apartment block, Vuzivska street",
                "Ukraine",
                "Kyiv",
                null,
                "Kyiv",
                50.4489,
                30.4791,
                LocationPrecision.VICINITY),
            "missile strike",
            "unknown",
            "residential building",
            null,
            null,
            DAY.plus(1, ChronoUnit.DAYS),
            "caseworker.bondar",
            DAY.plus(1, ChronoUnit.DAYS),
            "caseworker.bondar",
            2);

    SourceView ministry =
        source(
            "src-moh",
            VERIFIED_ID,
            SourceKind.OFFICIAL_STATEMENT,
            "Ministry of Health statement",
            Reliability.B);
    SourceView ngo =
        source("src-ngo", VERIFIED_ID, SourceKind.NGO_REPORT, "Field NGO situation report", null);
    SourceView resident =
        source("src-res", UNVERIFIED_ID, SourceKind.WITNESS, "Resident interview", Reliability.F);
    ngo = withGrade(ngo, Reliability.C);

    ClaimView ministryClaim =
        new ClaimView(
            "claim-1",
            VERIFIED_ID,
            ministry.id(),
            ministry.name(),
            LocalDate.of(2024, 7, 8),
            Population.CIVILIANS,
            new Range(2, 2),
            new Range(16, 16),
            "Two adults killed, among them a doctor.",
            DAY.plus(6, ChronoUnit.HOURS),
            "caseworker.bondar");
    ClaimView ngoClaim =
        new ClaimView(
            "claim-2",
            VERIFIED_ID,
            ngo.id(),
            ngo.name(),
            LocalDate.of(2024, 7, 10),
            Population.CIVILIANS,
            new Range(2, 3),
            new Range(12, 19),
            "Counts still changing; one unconfirmed death. 漢",
            DAY.plus(2, ChronoUnit.DAYS),
            "caseworker.bondar");

    PersonView witness =
        person(
            "person-1",
            WITNESS_PSEUDONYM,
            PersonRole.WITNESS,
            AgeGroup.ADULT,
            "F",
            reveal ? new ProtectedIdentity(WITNESS_NAME, "+380 44 000 0000", "nurse") : null);
    PersonView victim =
        person(
            "person-2",
            VICTIM_PSEUDONYM,
            PersonRole.VICTIM,
            AgeGroup.CHILD,
            "M",
            reveal ? new ProtectedIdentity(VICTIM_NAME, null, null) : null);

    ReviewView verifiedReview =
        new ReviewView(
            VERIFIED_ID,
            CASE_ID,
            IncidentStatus.VERIFIED,
            12,
            1,
            2,
            DAY.plus(2, ChronoUnit.DAYS),
            List.of(
                new SignOffView(
                    "reviewer.savchenko",
                    Instant.parse("2024-07-15T09:12:00Z"),
                    "Geolocated the impact from two videos; debris matches a Kh-101.",
                    "tr-1"),
                new SignOffView(
                    "reviewer.lysenko",
                    Instant.parse("2024-07-17T14:30:00Z"),
                    "Ministry statement and NGO report agree on time and place; hashes checked.",
                    "tr-2")),
            List.of(),
            Map.of(),
            List.of());
    ReviewView reportedReview =
        new ReviewView(
            UNVERIFIED_ID,
            CASE_ID,
            IncidentStatus.REPORTED,
            2,
            0,
            2,
            null,
            List.of(),
            List.of(),
            Map.of(),
            List.of());

    EvidenceView video =
        item(
            "ev-video-0001",
            VERIFIED_ID,
            EvidenceKind.VIDEO,
            "impact-from-courtyard.mp4",
            "video/mp4",
            48_213_004,
            "video bytes",
            null);
    EvidenceView photo =
        item(
            "ev-photo-0002",
            VERIFIED_ID,
            EvidenceKind.PHOTO,
            "toxicology-block-roof.jpg",
            "image/jpeg",
            3_904_118,
            "photo bytes",
            null);
    EvidenceView redacted =
        item(
            "ev-photo-0003",
            VERIFIED_ID,
            EvidenceKind.PHOTO,
            "toxicology-block-roof-redacted.jpg",
            "image/jpeg",
            3_511_760,
            "redacted photo bytes",
            photo.id());

    List<EvidenceRecord> hospitalEvidence = new ArrayList<>();
    hospitalEvidence.add(record(video, false, 0));
    hospitalEvidence.add(record(photo, false, 1));
    hospitalEvidence.add(record(redacted, true, 2));
    for (int i = 0; i < extraItems; i++) {
      String id = String.format("ev-bulk-%05d", i);
      EvidenceView bulk =
          item(
              id,
              VERIFIED_ID,
              EvidenceKind.PHOTO,
              "frame-" + i + ".jpg",
              "image/jpeg",
              200_000 + i,
              "bulk " + i,
              null);
      hospitalEvidence.add(record(bulk, false, 3 + i % 50));
    }

    ClassificationView attackOnHospital =
        new ClassificationView(
            "cls-1",
            VERIFIED_ID,
            CASE_ID,
            "8(2)(b)(ix)",
            "Attacking protected objects",
            ClassificationStatus.CONFIRMED,
            "A functioning children's hospital, marked and known, was the object of the attack.",
            ANALYST,
            Instant.parse("2024-07-20T10:00:00Z"),
            "analyst.tkachenko",
            Instant.parse("2024-07-22T16:45:00Z"),
            "Confirmed; intent element still needs support.",
            IncidentStatus.VERIFIED,
            true,
            4,
            3);
    List<ElementLinkView> links =
        List.of(
            link("l-1", "8(2)(b)(ix)-1", video.id(), null, video.originalFileName(), true),
            link("l-2", "8(2)(b)(ix)-1", photo.id(), null, photo.originalFileName(), true),
            link("l-3", "8(2)(b)(ix)-2", null, ministry.id(), ministry.name(), true),
            link("l-4", "8(2)(b)(ix)-4", null, ngo.id(), ngo.name(), true),
            link("l-5", "8(2)(b)(ix)-3", null, ngo.id(), "withdrawn link", false));
    ClassificationView civilianObjects =
        new ClassificationView(
            "cls-2",
            UNVERIFIED_ID,
            CASE_ID,
            "8(2)(b)(ii)",
            "Attacking civilian objects",
            ClassificationStatus.PROPOSED,
            "Residential building hit; awaiting verification of the incident.",
            ANALYST,
            Instant.parse("2024-07-21T08:00:00Z"),
            null,
            null,
            null,
            IncidentStatus.REPORTED,
            false,
            0,
            1);

    IncidentRecord first =
        new IncidentRecord(
            hospital,
            true,
            List.of(ministry, ngo),
            List.of(ministryClaim, ngoClaim),
            List.of(witness, victim),
            verifiedReview,
            List.of(new ClassificationRecord(attackOnHospital, links)),
            hospitalEvidence);
    IncidentRecord second =
        new IncidentRecord(
            apartments,
            false,
            List.of(resident),
            List.of(),
            List.of(),
            reportedReview,
            List.of(new ClassificationRecord(civilianObjects, List.of())),
            List.of());

    Matrix matrix =
        new Matrix(
            CASE_ID,
            List.of(
                new Matrix.Column(VERIFIED_ID, VERIFIED_TITLE, IncidentStatus.VERIFIED, true),
                new Matrix.Column(UNVERIFIED_ID, UNVERIFIED_TITLE, IncidentStatus.REPORTED, false)),
            List.of(
                row(1, ElementKind.CONDUCT, "The perpetrator directed an attack.", 2),
                row(
                    2,
                    ElementKind.CIRCUMSTANCE,
                    "The object of the attack was a hospital or a place where the sick and"
                        + " wounded are collected, and not a military objective.",
                    1),
                row(
                    3,
                    ElementKind.MENTAL,
                    "The perpetrator intended such a building to be the object of the attack.",
                    0),
                row(
                    4,
                    ElementKind.CONTEXTUAL,
                    "The conduct took place in the context of an international armed conflict.",
                    1),
                row(
                    5,
                    ElementKind.CONTEXTUAL,
                    "The perpetrator was aware of the circumstances establishing the conflict.",
                    1),
                new Matrix.Row(
                    "8(2)(b)(ii)",
                    "Attacking civilian objects",
                    null,
                    0,
                    null,
                    null,
                    List.of(
                        new Matrix.Cell(VERIFIED_ID, null, null),
                        new Matrix.Cell(UNVERIFIED_ID, null, ClassificationStatus.PROPOSED)))));

    List<AuditEntryView> audit =
        List.of(
            new AuditEntryView(
                41,
                DAY.plus(3, ChronoUnit.HOURS),
                "caseworker.bondar",
                "INCIDENT_CREATED",
                "INCIDENT",
                VERIFIED_ID,
                "203.0.113.7",
                null,
                "0".repeat(64),
                sha256("audit 41")),
            new AuditEntryView(
                42,
                DAY.plus(4, ChronoUnit.HOURS),
                "caseworker.bondar",
                "EVIDENCE_ADDED",
                "EVIDENCE",
                video.id(),
                "203.0.113.7",
                "impact-from-courtyard.mp4",
                sha256("audit 41"),
                sha256("audit 42")));

    BundleOptions options =
        new BundleOptions(IncidentScope.ALL, reveal, reveal ? REVEAL_REASON : null, null, "en");
    return new CaseSnapshot(
        BUNDLE_ID,
        kase,
        Instant.parse("2024-09-02T10:15:30Z"),
        ANALYST,
        options,
        "Kyiv Documentation Centre (test)",
        List.of(first, second),
        matrix,
        audit);
  }

  private static SourceView source(
      String id, String incidentId, SourceKind kind, String name, Reliability grade) {
    return new SourceView(
        id,
        incidentId,
        kind,
        name,
        "ref " + id,
        "https://example.org/" + id,
        LocalDate.of(2024, 7, 9),
        grade,
        DAY.plus(5, ChronoUnit.HOURS),
        "caseworker.bondar",
        1);
  }

  private static SourceView withGrade(SourceView s, Reliability grade) {
    return new SourceView(
        s.id(),
        s.incidentId(),
        s.kind(),
        s.name(),
        s.reference(),
        s.url(),
        s.publishedOn(),
        grade,
        s.createdAt(),
        s.createdBy(),
        s.version() + 1);
  }

  private static PersonView person(
      String id,
      String pseudonym,
      PersonRole role,
      AgeGroup age,
      String sex,
      ProtectedIdentity identity) {
    return new PersonView(
        id,
        VERIFIED_ID,
        pseudonym,
        role,
        age,
        sex,
        identity,
        new Consent(true, true, false, LocalDate.of(2024, 7, 12), null),
        DAY.plus(4, ChronoUnit.DAYS),
        "caseworker.bondar",
        1);
  }

  private static EvidenceView item(
      String id,
      String incidentId,
      EvidenceKind kind,
      String name,
      String mediaType,
      long size,
      String content,
      String derivedFrom) {
    Instant received = DAY.plus(4, ChronoUnit.HOURS);
    return new EvidenceView(
        id,
        incidentId,
        kind,
        "Filed by a hospital employee on the day of the strike.",
        name,
        mediaType,
        mediaType,
        size,
        sha256(content),
        sha512(content),
        null,
        false,
        "src-ngo",
        "caseworker.bondar",
        DAY.plus(1, ChronoUnit.HOURS),
        true,
        false,
        derivedFrom,
        derivedFrom != null,
        received,
        "caseworker.bondar",
        EmbeddedMetadata.NONE,
        null,
        Integrity.OK,
        received.plus(30, ChronoUnit.DAYS),
        false);
  }

  private static EvidenceRecord record(EvidenceView item, boolean extra, int minutes) {
    Instant received = item.receivedAt().plus(minutes, ChronoUnit.MINUTES);
    List<CustodyEventView> custody =
        List.of(
            new CustodyEventView(
                CustodyEventType.RECEIVED,
                received,
                item.receivedBy(),
                "Uploaded; SHA-256 and SHA-512 computed at receipt"),
            new CustodyEventView(
                CustodyEventType.INTEGRITY_CHECKED,
                item.integrityCheckedAt().plus(minutes, ChronoUnit.MINUTES),
                "system",
                "SHA-256 and SHA-512 match"));
    String path =
        "data/evidence/" + item.id() + "-" + item.sha256() + "-" + item.originalFileName();
    return new EvidenceRecord(item, path, extra, custody);
  }

  private static ElementLinkView link(
      String id, String element, String evidenceId, String sourceId, String label, boolean active) {
    return new ElementLinkView(
        id,
        "cls-1",
        VERIFIED_ID,
        "8(2)(b)(ix)",
        element,
        evidenceId,
        sourceId,
        null,
        label,
        evidenceId != null ? Strength.DIRECT : Strength.CIRCUMSTANTIAL,
        active ? null : "Superseded by a better source",
        ANALYST,
        Instant.parse("2024-07-21T11:00:00Z"),
        active ? null : ANALYST,
        active ? null : Instant.parse("2024-07-22T11:00:00Z"),
        active,
        true);
  }

  private static Matrix.Row row(int position, ElementKind kind, String text, long count) {
    return new Matrix.Row(
        "8(2)(b)(ix)",
        "Attacking protected objects",
        "8(2)(b)(ix)-" + position,
        position,
        kind,
        text,
        List.of(
            new Matrix.Cell(VERIFIED_ID, count, ClassificationStatus.CONFIRMED),
            new Matrix.Cell(UNVERIFIED_ID, null, null)));
  }

  static String sha256(String content) {
    return digest("SHA-256", content);
  }

  static String sha512(String content) {
    return digest("SHA-512", content);
  }

  private static String digest(String algorithm, String content) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance(algorithm)
                  .digest(content.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
