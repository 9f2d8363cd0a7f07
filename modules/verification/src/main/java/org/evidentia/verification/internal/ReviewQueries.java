package org.evidentia.verification.internal;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.evidentia.intake.api.Enums.IncidentStatus;
import org.evidentia.kernel.Page;
import org.evidentia.kernel.PageRequest;
import org.evidentia.kernel.PagedQuery;
import org.evidentia.kernel.PagedQuery.Condition;
import org.evidentia.verification.api.QueueFilter;
import org.evidentia.verification.api.QueueItem;

/** The queue and the figures, counted in the database; who may ask is the service's business. */
final class ReviewQueries {

  private static final Map<String, String> QUEUE_SORT =
      Map.of("inReviewSince", "inReviewSince", "title", "title", "decidedAt", "decidedAt");

  private static final PagedQuery WAITING =
      new PagedQuery("ReviewState", List.of("title"), QUEUE_SORT, "e.inReviewSince, e.incidentId");

  private static final PagedQuery DECIDED =
      new PagedQuery("ReviewState", List.of("title"), QUEUE_SORT, "e.decidedAt DESC, e.incidentId");

  private ReviewQueries() {}

  /**
   * A page of the queue of reviewer {@code me}, over the cases {@code mine} (not empty).
   *
   * @param required sign-offs needed, shown with each item
   */
  static Page<QueueItem> queue(
      EntityManager em,
      QueueFilter.View view,
      String me,
      Set<String> mine,
      QueueFilter filter,
      PageRequest request,
      int required) {
    List<Condition> conditions = new ArrayList<>();
    if (view == QueueFilter.View.DECIDED) {
      conditions.add(
          new Condition(
              "e.status IN :decided",
              Map.of(
                  "decided",
                  List.of(
                      IncidentStatus.VERIFIED,
                      IncidentStatus.REJECTED,
                      IncidentStatus.NEEDS_INFORMATION))));
    } else {
      conditions.add(Condition.equal("status", IncidentStatus.UNDER_REVIEW));
      String signed =
          "EXISTS (SELECT s FROM SignOff s WHERE s.incidentId = e.incidentId"
              + " AND s.round = e.round AND s.reviewer = :me)";
      if (view == QueueFilter.View.TO_REVIEW) {
        conditions.add(
            Condition.of(
                "NOT EXISTS (SELECT c FROM Contributor c WHERE c.incidentId = e.incidentId"
                    + " AND c.username = :me) AND NOT "
                    + signed,
                "me",
                me));
      } else {
        conditions.add(Condition.of(signed, "me", me));
      }
    }
    if (filter != null && filter.caseId() != null) {
      conditions.add(Condition.equal("caseId", filter.caseId()));
    } else {
      conditions.add(Condition.of("e.caseId IN :mine", "mine", List.copyOf(mine)));
    }
    if (filter != null && filter.incidentType() != null && !filter.incidentType().isBlank()) {
      conditions.add(Condition.of("e.incidentType = :type", "type", filter.incidentType()));
    }
    if (filter != null && filter.region() != null && !filter.region().isBlank()) {
      conditions.add(Condition.of("e.region = :region", "region", filter.region().strip()));
    }
    return (view == QueueFilter.View.DECIDED ? DECIDED : WAITING)
        .fetch(em, ReviewState.class, request, s -> s.item(required), conditions);
  }

  /** The median time from REPORTED to the latest VERIFIED, over the cases {@code mine}. */
  static Optional<Duration> median(EntityManager em, Set<String> mine) {
    String from = " FROM ReviewState e WHERE e.status = :v AND e.caseId IN :mine";
    long count =
        em.createQuery("SELECT COUNT(e)" + from, Long.class)
            .setParameter("v", IncidentStatus.VERIFIED)
            .setParameter("mine", List.copyOf(mine))
            .getSingleResult();
    if (count == 0) {
      return Optional.empty();
    }
    // The middle one or two values, read in order from the index: no aggregate that the two
    // databases spell differently.
    List<Long> middle =
        em.createQuery(
                "SELECT e.secondsToVerify" + from + " ORDER BY e.secondsToVerify", Long.class)
            .setParameter("v", IncidentStatus.VERIFIED)
            .setParameter("mine", List.copyOf(mine))
            .setFirstResult((int) ((count - 1) / 2))
            .setMaxResults(count % 2 == 0 ? 2 : 1)
            .getResultList();
    long seconds = middle.stream().mapToLong(Long::longValue).sum() / middle.size();
    return Optional.of(Duration.ofSeconds(seconds));
  }
}
