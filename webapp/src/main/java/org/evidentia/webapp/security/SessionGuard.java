package org.evidentia.webapp.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.evidentia.identity.api.Passwords;
import org.evidentia.identity.api.Sessions;

/**
 * The server-side checks on a page login beyond "is the account enabled": its session is still live
 * in the database (not logged out, ended by an administrator or with the account's access, nor past
 * its idle or absolute timeout), and no password change is pending.
 */
@ApplicationScoped
public class SessionGuard {

  /** The HTTP session attribute holding the secret of the login's database session. */
  public static final String SECRET = SessionGuard.class.getName() + ".secret";

  /** The one page a user whose password was reset may see (besides logging out). */
  public static final String PASSWORD_PAGE = "/password.xhtml";

  enum Verdict {
    LIVE,
    ENDED,
    MUST_CHANGE_PASSWORD
  }

  @Inject Sessions sessions;

  @Inject Passwords passwords;

  /** At login: a new database session, its secret kept in the (new) HTTP session. */
  void opened(HttpServletRequest request, String username) {
    String secret =
        sessions.open(username, ClientAddress.of(request), request.getHeader("User-Agent"));
    request.getSession(true).setAttribute(SECRET, secret);
  }

  Verdict check(HttpSession session, String username, String path) {
    Object secret = session.getAttribute(SECRET);
    if (!(secret instanceof String live) || !sessions.live(live)) {
      return Verdict.ENDED;
    }
    if (!path.equals(PASSWORD_PAGE) && passwords.changePending(username)) {
      return Verdict.MUST_CHANGE_PASSWORD;
    }
    return Verdict.LIVE;
  }

  /** Logout: the database session ends too. */
  public void closed(HttpSession session) {
    if (session != null && session.getAttribute(SECRET) instanceof String secret) {
      sessions.end(secret);
    }
  }
}
