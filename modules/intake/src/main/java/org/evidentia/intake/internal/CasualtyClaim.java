package org.evidentia.intake.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;
import org.evidentia.intake.api.ClaimView;
import org.evidentia.intake.api.Enums.Population;
import org.evidentia.intake.api.NewClaim;
import org.evidentia.intake.api.Range;
import org.evidentia.kernel.Times;

/**
 * One source's casualty figures, as of one date, for one population. Never merged with another
 * claim and never overwritten: a source's new figures are a new claim.
 */
@Entity
@Table(name = "intake_casualty_claim")
class CasualtyClaim {

  @Id private String id;

  @Column(name = "incident_id", nullable = false)
  private String incidentId;

  @Column(name = "source_id", nullable = false)
  private String sourceId;

  @Column(name = "as_of", nullable = false)
  private LocalDate asOf;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Population population;

  @Column(name = "killed_min")
  private Integer killedMin;

  @Column(name = "killed_max")
  private Integer killedMax;

  @Column(name = "injured_min")
  private Integer injuredMin;

  @Column(name = "injured_max")
  private Integer injuredMax;

  private String note;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  @Column(name = "created_by", nullable = false)
  private String createdBy;

  protected CasualtyClaim() {}

  CasualtyClaim(String incidentId, NewClaim claim, String by, Instant now, LocalDate today) {
    Checks checks =
        new Checks()
            .required(
                claim == null ? null : claim.sourceId(), "sourceId", "the source of the figures")
            .required(
                claim == null ? null : claim.asOf(), "asOf", "the date the figures are as of");
    if (claim != null) {
      checks
          .require(
              claim.asOf() == null || !claim.asOf().isAfter(today),
              "asOf",
              "must not be in the future")
          .require(
              present(claim.killed()) || present(claim.injured()),
              "killed",
              "give killed or injured figures (or both)")
          .maxLength(claim.note(), 2000, "note");
      range(checks, claim.killed(), "killed");
      range(checks, claim.injured(), "injured");
    }
    checks.orRefuse();
    this.id = UUID.randomUUID().toString();
    this.incidentId = incidentId;
    this.sourceId = claim.sourceId();
    this.asOf = claim.asOf();
    this.population = claim.population() == null ? Population.ALL : claim.population();
    this.killedMin = low(claim.killed());
    this.killedMax = high(claim.killed());
    this.injuredMin = low(claim.injured());
    this.injuredMax = high(claim.injured());
    this.note = Checks.trimmed(claim.note());
    this.createdBy = by;
    this.createdAt = Times.utc(now);
  }

  private static boolean present(Range range) {
    return range != null && (range.min() != null || range.max() != null);
  }

  /** A range is a non-negative lower bound and an upper bound not below it; one alone is exact. */
  private static void range(Checks checks, Range range, String field) {
    if (!present(range)) {
      return;
    }
    checks
        .require(range.min() == null || range.min() >= 0, field + ".min", "must not be negative")
        .require(range.max() == null || range.max() >= 0, field + ".max", "must not be negative")
        .require(
            range.min() == null || range.max() == null || range.max() >= range.min(),
            field + ".max",
            "the upper figure must not be below the lower one");
  }

  private static Integer low(Range range) {
    return !present(range) ? null : range.min() != null ? range.min() : range.max();
  }

  private static Integer high(Range range) {
    return !present(range) ? null : range.max() != null ? range.max() : range.min();
  }

  String incidentId() {
    return incidentId;
  }

  String sourceId() {
    return sourceId;
  }

  Population population() {
    return population;
  }

  Range killed() {
    return killedMin == null ? null : new Range(killedMin, killedMax);
  }

  Range injured() {
    return injuredMin == null ? null : new Range(injuredMin, injuredMax);
  }

  ClaimView view(String sourceName) {
    return new ClaimView(
        id,
        incidentId,
        sourceId,
        sourceName,
        asOf,
        population,
        killed(),
        injured(),
        note,
        Times.instant(createdAt),
        createdBy);
  }
}
