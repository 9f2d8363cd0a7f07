package org.evidentia.verification.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import org.evidentia.kernel.Caller;
import org.evidentia.kernel.DashboardContribution;
import org.evidentia.kernel.DashboardFigure;
import org.evidentia.kernel.PageRequest;
import org.evidentia.kernel.Role;
import org.evidentia.verification.api.QueueFilter;
import org.evidentia.verification.api.Reviews;

/** What waits for the viewer: incidents to review, unread decisions; and the time to verify. */
@ApplicationScoped
class ReviewFigures implements DashboardContribution {

  @Inject Reviews reviews;

  @Override
  public int order() {
    return 150;
  }

  @Override
  public List<DashboardFigure> figures(Caller viewer, Locale locale) {
    ResourceBundle text = ResourceBundle.getBundle("org.evidentia.verification.messages", locale);
    String group = text.getString("dashboard.group");
    List<DashboardFigure> figures = new ArrayList<>();
    if (viewer.hasRole(Role.REVIEWER)) {
      long waiting =
          reviews
              .queue(
                  new QueueFilter(QueueFilter.View.TO_REVIEW, null, null, null),
                  PageRequest.first(1))
              .total();
      figures.add(
          new DashboardFigure(
              group, text.getString("dashboard.toReview"), waiting, "/verification/queue", false));
    }
    long unread = reviews.unread();
    if (unread > 0 || viewer.hasRole(Role.CASEWORKER)) {
      figures.add(
          new DashboardFigure(
              group,
              text.getString("dashboard.unread"),
              unread,
              "/verification/inbox",
              unread > 0));
    }
    Optional<Duration> median = reviews.medianTimeToVerify();
    median.ifPresent(
        d ->
            figures.add(
                new DashboardFigure(
                    group,
                    text.getString("dashboard.medianHours"),
                    Math.round(d.toMinutes() / 60.0),
                    null)));
    return figures;
  }
}
