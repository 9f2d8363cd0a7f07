package org.evidentia.kernel;

import java.util.Optional;
import java.util.Set;

/**
 * Background work done on behalf of a user, such as a bundle export: while it runs, {@link Caller}
 * answers with that user, so every module checks the same rights and the audit log names the same
 * person as if the user had made the calls in a request.
 */
public final class Acting {

  /** The user the work is done for, with the roles they hold when it starts. */
  public record Actor(String username, Set<Role> roles, String address) {
    public Actor {
      roles = Set.copyOf(roles);
    }
  }

  private static final ThreadLocal<Actor> CURRENT = new ThreadLocal<>();

  private Acting() {}

  /** Runs the work as the actor on this thread, then forgets them. */
  public static void as(Actor actor, Runnable work) {
    Actor previous = CURRENT.get();
    CURRENT.set(actor);
    try {
      work.run();
    } finally {
      if (previous == null) {
        CURRENT.remove();
      } else {
        CURRENT.set(previous);
      }
    }
  }

  /** The actor of the work this thread is doing, if any. */
  public static Optional<Actor> current() {
    return Optional.ofNullable(CURRENT.get());
  }
}
