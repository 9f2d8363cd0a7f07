package org.evidentia.webapp.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.evidentia.kernel.Acting;
import org.evidentia.kernel.Caller;
import org.evidentia.kernel.Role;

/**
 * The caller of the request this thread serves, set by {@link CallerFilter}; {@link Caller#SYSTEM}
 * for work outside a request (start-up, scheduled jobs), unless the work is done {@link Acting} for
 * a user.
 */
@ApplicationScoped
public class ThreadCaller implements Caller {

  private static final ThreadLocal<HttpServletRequest> CURRENT = new ThreadLocal<>();

  /** Returns the request served before, for a nested (error or forward) dispatch to restore. */
  static HttpServletRequest enter(HttpServletRequest request) {
    HttpServletRequest previous = CURRENT.get();
    CURRENT.set(request);
    return previous;
  }

  static void restore(HttpServletRequest previous) {
    if (previous == null) {
      CURRENT.remove();
    } else {
      CURRENT.set(previous);
    }
  }

  @Override
  public String username() {
    Optional<Acting.Actor> actor = Acting.current();
    if (actor.isPresent()) {
      return actor.get().username();
    }
    HttpServletRequest request = CURRENT.get();
    return request == null || request.getUserPrincipal() == null
        ? SYSTEM
        : request.getUserPrincipal().getName();
  }

  @Override
  public String address() {
    Optional<Acting.Actor> actor = Acting.current();
    if (actor.isPresent()) {
      return actor.get().address();
    }
    HttpServletRequest request = CURRENT.get();
    return request == null ? null : ClientAddress.of(request);
  }

  @Override
  public boolean hasRole(Role role) {
    Optional<Acting.Actor> actor = Acting.current();
    if (actor.isPresent()) {
      return actor.get().roles().contains(role);
    }
    HttpServletRequest request = CURRENT.get();
    return request != null && request.isUserInRole(role.name());
  }
}
