package org.evidentia.kernel;

import java.util.List;

/**
 * The body of every error the API answers: {@code {"status", "error", "message", "violations"}}.
 * Never a stack trace.
 */
public record ApiError(
    int status, String error, String message, List<InvalidInputException.Violation> violations) {

  public ApiError {
    violations = violations == null ? List.of() : List.copyOf(violations);
  }

  public static ApiError of(int status, String error, String message) {
    return new ApiError(status, error, message, List.of());
  }

  public static ApiError unauthorized(String message) {
    return of(401, "unauthorized", message);
  }
}
