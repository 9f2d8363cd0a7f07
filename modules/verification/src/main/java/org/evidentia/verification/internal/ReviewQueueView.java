package org.evidentia.verification.internal;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.util.List;
import org.evidentia.intake.api.CaseView;
import org.evidentia.intake.api.Cases;
import org.evidentia.kernel.Caller;
import org.evidentia.kernel.LazyPages;
import org.evidentia.kernel.PageRequest;
import org.evidentia.kernel.Role;
import org.evidentia.verification.api.QueueFilter;
import org.evidentia.verification.api.QueueItem;
import org.evidentia.verification.api.Reviews;
import org.primefaces.model.LazyDataModel;

/**
 * The review queue: what waits for the reviewer, what they signed off and waits for others, and
 * what was decided; narrowed by case, incident type and region, searched by title.
 */
@Named("reviewQueue")
@ViewScoped
public class ReviewQueueView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Reviews reviews;

  @Inject Cases cases;

  @Inject Caller caller;

  @Inject Clock clock;

  private QueueFilter.View view = QueueFilter.View.TO_REVIEW;
  private String caseId;
  private String incidentType;
  private String region;
  private String query;

  private transient List<CaseView> myCases;

  private final LazyDataModel<QueueItem> rows =
      new LazyPages<>(
          request -> reviews.queue(filter(), request),
          ReviewService.QUEUE_SORTABLE,
          () -> query,
          QueueItem::incidentId);

  private QueueFilter filter() {
    return new QueueFilter(
        view, blankToNull(caseId), blankToNull(incidentType), blankToNull(region));
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  public boolean isReviewer() {
    return caller.hasRole(Role.REVIEWER);
  }

  public LazyDataModel<QueueItem> getRows() {
    return rows;
  }

  public QueueFilter.View[] getViews() {
    return QueueFilter.View.values();
  }

  public List<CaseView> getCases() {
    if (myCases == null) {
      myCases = cases.mine(new PageRequest(0, PageRequest.MAX_SIZE, null, null)).items();
    }
    return myCases;
  }

  /** "3 days in review" for waiting incidents; for decided ones, how long ago. */
  public String age(QueueItem item) {
    return view == QueueFilter.View.DECIDED
        ? Pages.text("queue.decidedAgo", Pages.age(item.lastActionAt(), clock.instant()))
        : Pages.text("queue.inReview", Pages.age(item.inReviewSince(), clock.instant()));
  }

  public boolean isDecided() {
    return view == QueueFilter.View.DECIDED;
  }

  public QueueFilter.View getView() {
    return view;
  }

  public void setView(QueueFilter.View view) {
    this.view = view == null ? QueueFilter.View.TO_REVIEW : view;
  }

  public String getCaseId() {
    return caseId;
  }

  public void setCaseId(String caseId) {
    this.caseId = caseId;
  }

  public String getIncidentType() {
    return incidentType;
  }

  public void setIncidentType(String incidentType) {
    this.incidentType = incidentType;
  }

  public String getRegion() {
    return region;
  }

  public void setRegion(String region) {
    this.region = region;
  }

  public String getQuery() {
    return query;
  }

  public void setQuery(String query) {
    this.query = query;
  }
}
