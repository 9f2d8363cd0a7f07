package org.evidentia.verification.api;

/**
 * One review action as asked for.
 *
 * @param rationale the reason (REJECT, REOPEN), the questions (REQUEST_INFORMATION), or the
 *     sign-off's rationale; optional for SUBMIT and RESUBMIT
 * @param checklist required for SIGN_OFF, ignored otherwise
 * @param expectedVersion the incident version the actor saw; the action is refused (409) when the
 *     incident has changed since
 */
public record ReviewAction(
    ReviewActionType action, String rationale, Checklist checklist, Long expectedVersion) {}
