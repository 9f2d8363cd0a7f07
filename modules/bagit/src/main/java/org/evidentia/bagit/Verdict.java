package org.evidentia.bagit;

import java.util.List;

/**
 * The outcome of verifying one bag.
 *
 * @param valid true when there is no problem (warnings do not make a bag invalid)
 * @param problems what makes the bag not intact, in the order found
 * @param warnings what deserves a look but does not break integrity
 * @param payloadFiles files found under data/
 * @param payloadBytes their total size in bytes
 */
public record Verdict(
    boolean valid,
    List<Finding> problems,
    List<Finding> warnings,
    long payloadFiles,
    long payloadBytes) {

  public Verdict {
    problems = List.copyOf(problems);
    warnings = List.copyOf(warnings);
    if (valid != problems.isEmpty()) {
      throw new IllegalArgumentException("valid must be true exactly when there is no problem");
    }
  }

  static Verdict of(
      List<Finding> problems, List<Finding> warnings, long payloadFiles, long payloadBytes) {
    return new Verdict(problems.isEmpty(), problems, warnings, payloadFiles, payloadBytes);
  }

  /** True when some problem carries this code. */
  public boolean hasProblem(Finding.Code code) {
    return problems.stream().anyMatch(f -> f.code() == code);
  }

  /** True when some warning carries this code. */
  public boolean hasWarning(Finding.Code code) {
    return warnings.stream().anyMatch(f -> f.code() == code);
  }
}
