package org.evidentia.evidence.api;

import java.util.List;
import java.util.Set;

/**
 * What a reviewer's sign-off depends on in an incident's evidence.
 *
 * @param items how many items the incident has
 * @param uploaders who uploaded any of them (none of them may review the incident)
 * @param failedIntegrity the items whose last integrity check failed
 * @param uncheckedIntegrity the items whose bytes have not been re-checked since receipt
 */
public record EvidenceStanding(
    int items,
    Set<String> uploaders,
    List<String> failedIntegrity,
    List<String> uncheckedIntegrity) {}
