package org.evidentia.kernel;

/** A role or a rule forbids the action (403); the message names the rule. */
public final class RuleViolationException extends DomainException {

  public RuleViolationException(String rule) {
    super(rule);
  }
}
