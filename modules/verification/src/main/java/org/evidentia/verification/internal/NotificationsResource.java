package org.evidentia.verification.internal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import java.util.Set;
import org.evidentia.kernel.Page;
import org.evidentia.kernel.PageRequest;
import org.evidentia.verification.api.NotificationView;
import org.evidentia.verification.api.Reviews;

/** {@code /api/v1/notifications}: the caller's inbox of review decisions. */
@Path("notifications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class NotificationsResource {

  @Inject Reviews reviews;

  @GET
  public Page<NotificationView> inbox(
      @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
    return reviews.inbox(PageRequest.of(page, size, null, null, Set.of()));
  }

  @GET
  @Path("unread")
  public Map<String, Long> unread() {
    return Map.of("unread", reviews.unread());
  }

  @POST
  @Path("{id}/read")
  public Map<String, Boolean> read(@PathParam("id") String id) {
    reviews.markRead(id);
    return Map.of("read", true);
  }
}
