package org.evidentia.bundle.api;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What goes into a bundle, chosen at export.
 *
 * @param incidents VERIFIED (the default) or ALL, in which case unverified incidents are marked
 *     UNVERIFIED in every file
 * @param revealProtectedIdentities whether real names replace pseudonyms; needs the right to see
 *     them on the case, the exporter's password and a reason
 * @param reason why identities are revealed, kept with the bundle and in the audit log
 * @param password the exporter's password, re-entered to reveal identities; never stored
 * @param language of the summary PDF: en (the default) or uk
 */
public record BundleOptions(
    Enums.IncidentScope incidents,
    boolean revealProtectedIdentities,
    @Size(max = 2000, message = "the reason is at most 2000 characters") String reason,
    @Size(max = 200) String password,
    @Pattern(regexp = "en|uk", message = "the language is en or uk") String language) {

  public BundleOptions {
    incidents = incidents == null ? Enums.IncidentScope.VERIFIED : incidents;
    reason = reason == null || reason.isBlank() ? null : reason.strip();
    language = language == null || language.isBlank() ? "en" : language.strip();
  }

  /** Never shows the password, in a log line or anywhere else. */
  @Override
  public String toString() {
    return "BundleOptions[incidents="
        + incidents
        + ", revealProtectedIdentities="
        + revealProtectedIdentities
        + ", reason="
        + reason
        + ", password="
        + (password == null ? "none" : "***")
        + ", language="
        + language
        + "]";
  }

  /** The same options without the password, as they are kept. */
  public BundleOptions withoutPassword() {
    return new BundleOptions(incidents, revealProtectedIdentities, reason, null, language);
  }
}
