package org.evidentia.verification.internal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import org.evidentia.kernel.InvalidInputException;
import org.evidentia.kernel.Page;
import org.evidentia.kernel.PageRequest;
import org.evidentia.verification.api.QueueFilter;
import org.evidentia.verification.api.QueueItem;
import org.evidentia.verification.api.Reviews;

/** {@code /api/v1/review-queue}: what waits for the calling reviewer, and what was decided. */
@Path("review-queue")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ReviewResource {

  @Inject Reviews reviews;

  @GET
  public Page<QueueItem> queue(
      @QueryParam("view") String view,
      @QueryParam("caseId") String caseId,
      @QueryParam("type") String type,
      @QueryParam("region") String region,
      @QueryParam("q") String q,
      @QueryParam("page") Integer page,
      @QueryParam("size") Integer size,
      @QueryParam("sort") String sort) {
    QueueFilter.View chosen = QueueFilter.View.TO_REVIEW;
    if (view != null) {
      try {
        chosen = QueueFilter.View.valueOf(view);
      } catch (IllegalArgumentException e) {
        throw new InvalidInputException(
            "view", "one of " + Arrays.toString(QueueFilter.View.values()));
      }
    }
    return reviews.queue(
        new QueueFilter(chosen, caseId, type, region),
        PageRequest.of(page, size, sort, q, ReviewService.QUEUE_SORTABLE));
  }
}
