/**
 * Verification review: incidents move from REPORTED to VERIFIED through a state machine whose rules
 * live here (roles, four eyes, the checklist, distinct sign-offs), every transition kept with who,
 * when, why and the checklist; a review queue for reviewers and an inbox for caseworkers.
 */
package org.evidentia.verification;
