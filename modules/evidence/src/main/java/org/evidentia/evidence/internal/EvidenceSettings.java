package org.evidentia.evidence.internal;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.evidentia.kernel.ApplicationStarted;

/**
 * Evidence configuration, read once: the store under the data directory, the upload limit, the
 * fixity interval, the evidence keys. Every value can be set by environment variable
 * (EVIDENTIA_EVIDENCE_MAX_SIZE).
 */
@ApplicationScoped
class EvidenceSettings {

  private static final Logger LOG = Logger.getLogger(EvidenceSettings.class.getName());

  static final long DEFAULT_MAX_SIZE = 2L * 1024 * 1024 * 1024;

  @Inject
  @ConfigProperty(name = "evidentia.data.dir", defaultValue = "data")
  String dataDir;

  @Inject
  @ConfigProperty(name = "evidentia.evidence.max-size", defaultValue = "2147483648")
  long maxSize;

  @Inject
  @ConfigProperty(name = "evidentia.evidence.fixity.interval", defaultValue = "PT24H")
  Duration fixityInterval;

  @Inject
  @ConfigProperty(name = "evidentia.evidence.key")
  Optional<String> key = Optional.empty();

  @Inject
  @ConfigProperty(name = "evidentia.evidence.key-file")
  Optional<String> keyFile = Optional.empty();

  @Inject
  @ConfigProperty(name = "evidentia.evidence.old-keys")
  Optional<String> oldKeys = Optional.empty();

  private ContentStore store;

  @PostConstruct
  void init() {
    Path root = Path.of(dataDir).toAbsolutePath().normalize().resolve("evidence");
    EvidenceKeys keys = EvidenceKeys.configured(key, keyFile, oldKeys);
    store = new ContentStore(root, keys);
    if (maxSize < 1) {
      throw new IllegalStateException("evidentia.evidence.max-size must be at least 1 byte");
    }
    if (fixityInterval.isNegative() || fixityInterval.isZero()) {
      throw new IllegalStateException("evidentia.evidence.fixity.interval must be positive");
    }
    LOG.info(
        "Evidence store: "
            + root
            + ", uploads up to "
            + maxSize
            + " bytes, fixity check every "
            + fixityInterval
            + (keys.currentId() == null
                ? ", files stored unencrypted (no evidence key configured)"
                : ", files sealed under evidence key " + keys.currentId()));
  }

  /** Partial uploads older than this in incoming/ are left over from a crash, removed at start. */
  static final Duration STALE_PARTIAL = Duration.ofHours(1);

  void removeStalePartials(@Observes ApplicationStarted started) {
    int removed = store.removeStalePartials(STALE_PARTIAL);
    if (removed > 0) {
      LOG.info("Evidence store: removed " + removed + " partial uploads left over from before");
    }
  }

  ContentStore store() {
    return store;
  }

  long maxSize() {
    return maxSize;
  }

  Duration fixityInterval() {
    return fixityInterval;
  }
}
