package org.evidentia.evidence.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.evidentia.audit.api.AuditEvent;
import org.evidentia.audit.api.AuditLog;
import org.evidentia.kernel.ApplicationStarted;

/**
 * {@code ./evidentia rotate-keys}: the launcher starts the application once with {@code
 * EVIDENTIA_ROTATE_KEYS=true}, and before it is ready every stored file is sealed under the current
 * evidence key (see {@link ContentStore#resealAll}). The launcher reads the outcome from the log
 * line written here.
 */
@ApplicationScoped
class EvidenceKeyRotation {

  private static final Logger LOG = Logger.getLogger(EvidenceKeyRotation.class.getName());

  @Inject
  @ConfigProperty(name = "evidentia.rotate-keys", defaultValue = "false")
  boolean rotate;

  @Inject EvidenceSettings settings;

  @Inject AuditLog audit;

  void rotate(@Observes ApplicationStarted started) {
    if (!rotate) {
      return;
    }
    ContentStore store = settings.store();
    if (!store.sealing()) {
      LOG.info(
          "Evidence key rotation skipped: no evidence key is configured"
              + " (EVIDENTIA_EVIDENCE_KEY or EVIDENTIA_EVIDENCE_KEY_FILE), files stay unencrypted");
      return;
    }
    ContentStore.Resealed result;
    try {
      result = store.resealAll();
    } catch (IOException e) {
      LOG.log(Level.SEVERE, "Evidence key rotation failed", e);
      throw new UncheckedIOException(e);
    }
    for (String refused : result.refused()) {
      LOG.severe("Evidence key rotation left a file as it was: " + refused);
    }
    String summary =
        result.resealed()
            + " files sealed under the current key, "
            + result.alreadySealed()
            + " were already, "
            + result.refused().size()
            + " refused";
    audit.recordAlways(AuditEvent.of("EVIDENCE_KEY_ROTATED", "evidence-store", "-", summary));
    if (result.refused().isEmpty()) {
      LOG.info("Evidence key rotation finished: " + summary);
    } else {
      LOG.severe("Evidence key rotation failed: " + summary);
    }
  }
}
