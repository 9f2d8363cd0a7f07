package org.evidentia.verification.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.evidentia.intake.api.Enums.IncidentStatus;
import org.evidentia.kernel.Times;
import org.evidentia.verification.api.Checklist;
import org.evidentia.verification.api.Checklist.Analysis;
import org.evidentia.verification.api.Checklist.Result;
import org.evidentia.verification.api.ReviewActionType;
import org.evidentia.verification.api.TransitionView;

/** One review action, as taken; never updated or deleted. */
@Entity
@Table(name = "review_transition")
class ReviewTransition {

  /** A grade a sign-off gave. */
  @Embeddable
  static class Grade {
    @Column(nullable = false)
    String subject;

    @Column(name = "subject_id")
    String subjectId;

    String statement;

    @Column(nullable = false)
    String grade;

    protected Grade() {}

    Grade(String subject, String subjectId, String statement, String grade) {
      this.subject = subject;
      this.subjectId = subjectId;
      this.statement = statement;
      this.grade = grade;
    }

    TransitionView.GradeView view() {
      return new TransitionView.GradeView(subject, subjectId, statement, grade);
    }
  }

  @Id private String id;

  @Column(name = "incident_id", nullable = false, updatable = false)
  private String incidentId;

  @Column(name = "case_id", nullable = false, updatable = false)
  private String caseId;

  @Column(nullable = false, updatable = false)
  private int seq;

  @Column(name = "review_round", nullable = false, updatable = false)
  private int round;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private ReviewActionType action;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_status", nullable = false, updatable = false)
  private IncidentStatus from;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_status", nullable = false, updatable = false)
  private IncidentStatus to;

  @Column(nullable = false, updatable = false)
  private String actor;

  @Column(name = "acted_at", nullable = false, updatable = false)
  private LocalDateTime at;

  @Column(updatable = false)
  private String rationale;

  @Column(name = "incident_version", nullable = false, updatable = false)
  private long incidentVersion;

  @Enumerated(EnumType.STRING)
  @Column(name = "source_result", updatable = false)
  private Result sourceResult;

  @Column(name = "source_note", updatable = false)
  private String sourceNote;

  @Enumerated(EnumType.STRING)
  @Column(name = "technical_result", updatable = false)
  private Result technicalResult;

  @Column(name = "technical_note", updatable = false)
  private String technicalNote;

  @Enumerated(EnumType.STRING)
  @Column(name = "content_result", updatable = false)
  private Result contentResult;

  @Column(name = "content_note", updatable = false)
  private String contentNote;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "review_grade", joinColumns = @JoinColumn(name = "transition_id"))
  @OrderColumn(name = "position")
  private List<Grade> grades = new ArrayList<>();

  protected ReviewTransition() {}

  ReviewTransition(
      String incidentId,
      String caseId,
      int seq,
      int round,
      ReviewActionType action,
      IncidentStatus from,
      IncidentStatus to,
      String actor,
      Instant at,
      String rationale,
      long incidentVersion) {
    this.id = UUID.randomUUID().toString();
    this.incidentId = incidentId;
    this.caseId = caseId;
    this.seq = seq;
    this.round = round;
    this.action = action;
    this.from = from;
    this.to = to;
    this.actor = actor;
    this.at = Times.utc(at);
    this.rationale = rationale;
    this.incidentVersion = incidentVersion;
  }

  /** The checklist of a sign-off; the grades are all of them, as given or as found. */
  void checklist(Checklist checklist, List<Grade> given) {
    sourceResult = checklist.sourceAnalysis().result();
    sourceNote = checklist.sourceAnalysis().note().strip();
    technicalResult = checklist.technicalAnalysis().result();
    technicalNote = checklist.technicalAnalysis().note().strip();
    contentResult = checklist.contentAnalysis().result();
    contentNote = checklist.contentAnalysis().note().strip();
    grades.addAll(given);
  }

  String id() {
    return id;
  }

  String incidentId() {
    return incidentId;
  }

  String actor() {
    return actor;
  }

  ReviewActionType action() {
    return action;
  }

  Instant at() {
    return Times.instant(at);
  }

  String rationale() {
    return rationale;
  }

  TransitionView view(int currentRound) {
    Checklist checklist =
        sourceResult == null
            ? null
            : new Checklist(
                new Analysis(sourceResult, sourceNote),
                new Analysis(technicalResult, technicalNote),
                new Analysis(contentResult, contentNote),
                null,
                null,
                null);
    return new TransitionView(
        id,
        seq,
        round,
        action,
        from,
        to,
        actor,
        Times.instant(at),
        rationale,
        incidentVersion,
        checklist,
        grades.stream().map(Grade::view).toList(),
        action == ReviewActionType.SIGN_OFF
            && round == currentRound
            && (to == IncidentStatus.UNDER_REVIEW || to == IncidentStatus.VERIFIED));
  }
}
