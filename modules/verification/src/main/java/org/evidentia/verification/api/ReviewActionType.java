package org.evidentia.verification.api;

import java.util.EnumSet;
import java.util.Set;
import org.evidentia.intake.api.Enums.IncidentStatus;
import org.evidentia.kernel.Role;

/** The review actions: who may take each, and in which states. */
public enum ReviewActionType {
  SUBMIT(Role.CASEWORKER, EnumSet.of(IncidentStatus.REPORTED)),
  SIGN_OFF(Role.REVIEWER, EnumSet.of(IncidentStatus.UNDER_REVIEW)),
  REJECT(Role.REVIEWER, EnumSet.of(IncidentStatus.UNDER_REVIEW)),
  REQUEST_INFORMATION(Role.REVIEWER, EnumSet.of(IncidentStatus.UNDER_REVIEW)),
  RESUBMIT(Role.CASEWORKER, EnumSet.of(IncidentStatus.NEEDS_INFORMATION)),
  REOPEN(Role.REVIEWER, EnumSet.of(IncidentStatus.VERIFIED, IncidentStatus.REJECTED));

  private final Role role;
  private final Set<IncidentStatus> from;

  ReviewActionType(Role role, Set<IncidentStatus> from) {
    this.role = role;
    this.from = from;
  }

  /** The role the actor needs, besides being on the case team. */
  public Role role() {
    return role;
  }

  /** The states the action can be taken in. */
  public Set<IncidentStatus> from() {
    return from;
  }

  /** The reviewer's decisions, which none of the incident's contributors may take (four eyes). */
  public boolean needsFourEyes() {
    return this == SIGN_OFF || this == REJECT || this == REQUEST_INFORMATION;
  }

  /** Actions that must say why: a reason, questions, or the sign-off's rationale. */
  public boolean needsRationale() {
    return this != SUBMIT && this != RESUBMIT;
  }
}
