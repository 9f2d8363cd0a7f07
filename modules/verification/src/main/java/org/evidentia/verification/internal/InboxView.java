package org.evidentia.verification.internal;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Set;
import org.evidentia.kernel.DomainException;
import org.evidentia.kernel.Feedback;
import org.evidentia.kernel.LazyPages;
import org.evidentia.verification.api.NotificationView;
import org.evidentia.verification.api.Reviews;
import org.primefaces.model.LazyDataModel;

/**
 * The caller's inbox: what reviewers decided about their incidents, newest first. Opening one marks
 * it read and goes to the incident.
 */
@Named
@ViewScoped
public class InboxView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Reviews reviews;

  private String query;

  private final LazyDataModel<NotificationView> rows =
      new LazyPages<>(
          request -> reviews.inbox(request), Set.of(), () -> query, NotificationView::id);

  /** Marks the notification read and opens its incident. */
  public String open(NotificationView notification) {
    markRead(notification);
    return "/intake/incident?faces-redirect=true&id=" + notification.incidentId();
  }

  public void markRead(NotificationView notification) {
    if (notification.read()) {
      return;
    }
    try {
      reviews.markRead(notification.id());
    } catch (DomainException e) {
      Feedback.refused("inbox", e);
    }
  }

  public LazyDataModel<NotificationView> getRows() {
    return rows;
  }

  public long getUnread() {
    return reviews.unread();
  }

  public String getQuery() {
    return query;
  }

  public void setQuery(String query) {
    this.query = query;
  }
}
