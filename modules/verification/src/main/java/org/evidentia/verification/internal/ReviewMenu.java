package org.evidentia.verification.internal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.evidentia.kernel.Caller;
import org.evidentia.kernel.Role;
import org.evidentia.verification.api.Reviews;

/** The menu's review entries: whether the queue is shown, and the inbox's unread count. */
@Named
@RequestScoped
public class ReviewMenu {

  @Inject Reviews reviews;

  @Inject Caller caller;

  private Long unread;

  public boolean isReviewer() {
    return caller.hasRole(Role.REVIEWER);
  }

  public long getUnread() {
    if (unread == null) {
      unread = caller.isAuthenticated() ? reviews.unread() : 0L;
    }
    return unread;
  }

  /** "Inbox", or "Inbox (2)" with unread decisions. */
  public String getInboxLabel() {
    long count = getUnread();
    return count > 0 ? Pages.text("menu.inboxUnread", count) : Pages.text("menu.inbox");
  }
}
