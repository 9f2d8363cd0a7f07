package org.evidentia.verification.internal;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.evidentia.intake.api.ClaimView;
import org.evidentia.intake.api.Enums.IncidentStatus;
import org.evidentia.intake.api.IncidentParticulars;
import org.evidentia.intake.api.SourceView;
import org.evidentia.kernel.Caller;
import org.evidentia.kernel.DomainException;
import org.evidentia.kernel.Feedback;
import org.evidentia.kernel.Role;
import org.evidentia.verification.api.ReviewAction;
import org.evidentia.verification.api.ReviewActionType;
import org.evidentia.verification.api.ReviewView;
import org.evidentia.verification.api.Reviews;
import org.evidentia.verification.api.TransitionView;
import org.evidentia.verification.api.TransitionView.GradeView;

/**
 * The review section of an incident page: where the incident stands, what the caller may do (a
 * caseworker submits or resubmits; a reviewer goes to the workspace), why a rule stops them, and
 * every step of the review so far. The service checks everything again.
 */
@Named
@ViewScoped
public class IncidentReviewView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Reviews reviews;

  @Inject IncidentParticulars particulars;

  @Inject Caller caller;

  private String incidentId;

  /** The version the caseworker saw when opening the submit dialog. */
  private long version;

  private String note;

  private transient ReviewView review;
  private transient List<SourceView> sources;
  private transient List<ClaimView> claims;

  /**
   * Called as the incident page renders, with the incident it shows (intake has already answered
   * 404 to anyone not on the team).
   */
  public void show(String incident) {
    if (incident == null || incident.isBlank() || incident.equals(incidentId)) {
      return;
    }
    incidentId = incident;
    review = null;
  }

  public boolean isShown() {
    return incidentId != null;
  }

  public ReviewView getReview() {
    if (review == null && incidentId != null) {
      review = reviews.review(incidentId);
    }
    return review;
  }

  /** SUBMIT or RESUBMIT when the caller may take it now, else null. */
  public ReviewActionType getCaseworkerAction() {
    ReviewView r = getReview();
    if (r == null) {
      return null;
    }
    for (ReviewActionType a : List.of(ReviewActionType.SUBMIT, ReviewActionType.RESUBMIT)) {
      if (r.availableActions().contains(a)) {
        return a;
      }
    }
    return null;
  }

  public boolean isReviewer() {
    return caller.hasRole(Role.REVIEWER);
  }

  /** Reviewers open the workspace to decide, or to read the incident the way they would. */
  public boolean isWorkspaceShown() {
    ReviewView r = getReview();
    return r != null && isReviewer() && r.status() != IncidentStatus.REPORTED;
  }

  /** Any reviewer decision is open to the caller now. */
  public boolean isMayDecide() {
    ReviewView r = getReview();
    return r != null && r.availableActions().stream().anyMatch(a -> a.role() == Role.REVIEWER);
  }

  public List<Map.Entry<ReviewActionType, String>> getBlocked() {
    ReviewView r = getReview();
    return r == null ? List.of() : List.copyOf(r.blockedActions().entrySet());
  }

  /** The newest step first. */
  public List<TransitionView> getTimeline() {
    ReviewView r = getReview();
    if (r == null) {
      return List.of();
    }
    List<TransitionView> steps = new ArrayList<>(r.history());
    Collections.reverse(steps);
    return steps;
  }

  public boolean isUnderReview() {
    ReviewView r = getReview();
    return r != null && r.status() == IncidentStatus.UNDER_REVIEW;
  }

  /** Refreshes what the dialog shows, and remembers the version it shows. */
  public void prepare() {
    review = null;
    ReviewView r = getReview();
    version = r.version();
  }

  /** SUBMIT or RESUBMIT with the optional note; back to the incident page with the outcome. */
  public String submit() {
    ReviewActionType action = getCaseworkerAction();
    if (action == null) {
      Feedback.error(Pages.text("section.nothingToDo"));
      return null;
    }
    try {
      ReviewView after = reviews.act(incidentId, new ReviewAction(action, note, null, version));
      note = null;
      review = after;
      Feedback.info(Pages.text("section.submitted." + action));
      FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
      return "/intake/incident?faces-redirect=true&id=" + incidentId;
    } catch (DomainException e) {
      review = null;
      Feedback.refused("reviewSubmit", e);
      return null;
    }
  }

  /** What a grade in a sign-off stands for: the source's name, the claim's source and date. */
  public String subject(GradeView grade) {
    if (grade.subjectId() == null) {
      return grade.statement();
    }
    if ("SOURCE".equals(grade.subject())) {
      return getSources().stream()
          .filter(s -> s.id().equals(grade.subjectId()))
          .map(SourceView::name)
          .findFirst()
          .orElse(grade.subjectId());
    }
    return getClaims().stream()
        .filter(c -> c.id().equals(grade.subjectId()))
        .map(c -> c.sourceName() + (c.asOf() == null ? "" : ", " + c.asOf()))
        .findFirst()
        .orElse(grade.subjectId());
  }

  private List<SourceView> getSources() {
    if (sources == null) {
      sources = particulars.sources(incidentId);
    }
    return sources;
  }

  private List<ClaimView> getClaims() {
    if (claims == null) {
      claims = particulars.claims(incidentId);
    }
    return claims;
  }

  public String getIncidentId() {
    return incidentId;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
