package org.evidentia.intake.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;
import org.evidentia.intake.api.Consent;
import org.evidentia.intake.api.Enums.AgeGroup;
import org.evidentia.intake.api.Enums.PersonRole;
import org.evidentia.intake.api.NewPerson;
import org.evidentia.intake.api.PersonView;
import org.evidentia.intake.api.ProtectedIdentity;
import org.evidentia.kernel.Times;

/**
 * A person in an incident, known to everyone by a pseudonym. The protected identity is held only as
 * ciphertext; this entity never sees the key.
 */
@Entity
@Table(name = "intake_person")
class Person {

  @Id private String id;

  @Column(name = "incident_id", nullable = false)
  private String incidentId;

  @Column(nullable = false)
  private String pseudonym;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private PersonRole role;

  @Enumerated(EnumType.STRING)
  @Column(name = "age_group", nullable = false)
  private AgeGroup ageGroup;

  private String sex;

  @Column(name = "protected_identity")
  private String sealedIdentity;

  @Column(name = "consent_internal", nullable = false)
  private boolean consentInternal;

  @Column(name = "consent_prosecutors", nullable = false)
  private boolean consentProsecutors;

  @Column(name = "consent_publication", nullable = false)
  private boolean consentPublication;

  @Column(name = "consent_given_on")
  private LocalDate consentGivenOn;

  @Column(name = "consent_withdrawn_on")
  private LocalDate consentWithdrawnOn;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  @Column(name = "created_by", nullable = false)
  private String createdBy;

  @Version private long version;

  protected Person() {}

  /** Checks the input before a pseudonym number is spent on it. */
  static void check(NewPerson person, LocalDate today) {
    Checks checks =
        new Checks()
            .required(person == null ? null : person.role(), "role", "the person's role")
            .required(person == null ? null : person.ageGroup(), "ageGroup", "an age group");
    if (person != null) {
      checks.maxLength(person.sex(), 12, "sex");
      ProtectedIdentity identity = person.protectedIdentity();
      if (identity != null) {
        checks
            .maxLength(identity.name(), 300, "protectedIdentity.name")
            .maxLength(identity.contact(), 500, "protectedIdentity.contact")
            .maxLength(identity.notes(), 5000, "protectedIdentity.notes");
      }
      Consent consent = person.consent();
      if (consent != null) {
        checks
            .require(
                consent.givenOn() == null || !consent.givenOn().isAfter(today),
                "consent.givenOn",
                "must not be in the future")
            .require(
                consent.withdrawnOn() == null
                    || consent.givenOn() == null
                    || !consent.withdrawnOn().isBefore(consent.givenOn()),
                "consent.withdrawnOn",
                "consent cannot be withdrawn before it was given");
      }
    }
    checks.orRefuse();
  }

  Person(String incidentId, String pseudonym, NewPerson person, String by, Instant now) {
    this.id = UUID.randomUUID().toString();
    this.incidentId = incidentId;
    this.pseudonym = pseudonym;
    this.role = person.role();
    this.ageGroup = person.ageGroup();
    this.sex = Checks.trimmed(person.sex());
    Consent consent = person.consent();
    if (consent != null) {
      this.consentInternal = consent.internalUse();
      this.consentProsecutors = consent.shareWithProsecutors();
      this.consentPublication = consent.publication();
      this.consentGivenOn = consent.givenOn();
      this.consentWithdrawnOn = consent.withdrawnOn();
    }
    this.createdBy = by;
    this.createdAt = Times.utc(now);
  }

  /** The consent as it stands, for the audit record of a change. */
  String consentSummary() {
    return "internal="
        + consentInternal
        + " prosecutors="
        + consentProsecutors
        + " publication="
        + consentPublication
        + " given="
        + consentGivenOn
        + " withdrawn="
        + consentWithdrawnOn;
  }

  void changeConsent(Consent consent, LocalDate today) {
    new Checks()
        .required(consent, "consent", "the consent")
        .require(
            consent == null
                || consent.withdrawnOn() == null
                || !consent.withdrawnOn().isAfter(today),
            "consent.withdrawnOn",
            "must not be in the future")
        .require(
            consent == null
                || consent.withdrawnOn() == null
                || consent.givenOn() == null
                || !consent.withdrawnOn().isBefore(consent.givenOn()),
            "consent.withdrawnOn",
            "consent cannot be withdrawn before it was given")
        .orRefuse();
    consentInternal = consent.internalUse();
    consentProsecutors = consent.shareWithProsecutors();
    consentPublication = consent.publication();
    consentGivenOn = consent.givenOn();
    consentWithdrawnOn = consent.withdrawnOn();
  }

  void seal(String ciphertext) {
    this.sealedIdentity = ciphertext;
  }

  String id() {
    return id;
  }

  String incidentId() {
    return incidentId;
  }

  String pseudonym() {
    return pseudonym;
  }

  String sealedIdentity() {
    return sealedIdentity;
  }

  /** The view with the identity the caller may see: the decrypted one, or none. */
  PersonView view(ProtectedIdentity visibleIdentity) {
    return new PersonView(
        id,
        incidentId,
        pseudonym,
        role,
        ageGroup,
        sex,
        visibleIdentity,
        new Consent(
            consentInternal,
            consentProsecutors,
            consentPublication,
            consentGivenOn,
            consentWithdrawnOn),
        Times.instant(createdAt),
        createdBy,
        version);
  }
}
