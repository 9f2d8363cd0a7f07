package org.evidentia.bundle.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.evidentia.bundle.api.BundleOptions;
import org.evidentia.bundle.internal.CaseSnapshot.EvidenceRecord;
import org.evidentia.evidence.api.Evidence;
import org.evidentia.evidence.api.EvidenceContent;
import org.evidentia.kernel.Caller;
import org.evidentia.kernel.DomainException;

/**
 * Writes one bundle: reads the case, streams every original into a ZIP under a temporary name, adds
 * the data files and the summary, closes the bag, hashes the ZIP, and only then gives it its final
 * name and marks it DONE. Any failure removes the partial file and marks the export FAILED with the
 * reason, naming the item at fault.
 */
@ApplicationScoped
class BundleExporter {

  private static final Logger LOG = Logger.getLogger(BundleExporter.class.getName());

  /** Progress is saved at most this often, to keep the database out of the copy loop. */
  private static final long PROGRESS_EVERY_NANOS = 500_000_000L;

  @Inject SnapshotReader reader;

  @Inject BundleRecords records;

  @Inject BundleSettings settings;

  @Inject Evidence evidence;

  @Inject Caller caller;

  @Inject Clock clock;

  /**
   * Makes the thread that hashes the finished parts of the ZIP while the rest is written: a thread
   * of each export's own, never the shared executor's, whose queue could hold the hashing behind
   * the very exports that wait for it.
   */
  @jakarta.annotation.Resource(lookup = "java:comp/DefaultManagedThreadFactory")
  jakarta.enterprise.concurrent.ManagedThreadFactory threads;

  /**
   * Runs as the exporter ({@link org.evidentia.kernel.Acting}); never throws. Every step names the
   * attempt: when the row is no longer this run's, the run stops and leaves the row alone.
   */
  void write(Bundle bundle, int attempt) {
    String id = bundle.id();
    Path partial = settings.partial(id, attempt);
    try {
      CaseSnapshot snapshot =
          reader.read(
              id,
              bundle.caseId(),
              bundle.options(),
              settings.organization(),
              caller.username(),
              clock.instant());
      List<EvidenceRecord> items = snapshot.allEvidence();
      if (!records.counts(
          id, attempt, snapshot.incidents().size(), (int) snapshot.unverified(), items.size())) {
        throw new Superseded();
      }
      String sha256 = writeZip(snapshot, partial, attempt);
      long size = Files.size(partial);
      Files.move(partial, settings.file(id), StandardCopyOption.ATOMIC_MOVE);
      if (!records.done(
          id, attempt, size, sha256, items.stream().map(e -> e.item().id()).toList())) {
        throw new Superseded();
      }
    } catch (Superseded e) {
      LOG.info("bundle " + id + ": attempt " + attempt + " was superseded; its file is removed");
      deleteQuietly(partial);
      deleteQuietly(settings.file(id));
    } catch (Exception | Error e) {
      deleteQuietly(partial);
      deleteQuietly(settings.file(id));
      String why = reason(e);
      boolean expected = e instanceof DomainException || e instanceof ItemFailure;
      LOG.log(
          expected ? Level.INFO : Level.WARNING,
          "bundle " + id + " failed: " + why,
          expected ? null : e);
      try {
        records.fail(id, attempt, why);
      } catch (RuntimeException again) {
        // The heartbeat stops with this run, so the sweep fails the row a little later.
        LOG.log(Level.SEVERE, "bundle " + id + " could not be marked FAILED", again);
      }
      if (e instanceof Error error && !(e instanceof AssertionError)) {
        throw error;
      }
    }
  }

  /** The row was failed as stale or restarted meanwhile: this run's work is void. */
  private static final class Superseded extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Superseded() {
      super("superseded", null, false, false);
    }
  }

  /** Writes the bag and returns the ZIP's SHA-256. */
  private String writeZip(CaseSnapshot s, Path partial, int attempt) throws IOException {
    Files.deleteIfExists(partial);
    long total = s.allEvidence().stream().mapToLong(e -> e.item().size()).sum();
    AtomicLong done = new AtomicLong();
    long[] lastSaved = {System.nanoTime()};
    String bundleId = s.bundleId();
    java.util.function.LongConsumer progress =
        n -> {
          long now = System.nanoTime();
          done.addAndGet(n);
          if (now - lastSaved[0] > PROGRESS_EVERY_NANOS) {
            lastSaved[0] = now;
            // The originals are most of the work; the last step is reserved for the rest.
            if (!saveProgress(bundleId, attempt, total == 0 ? 0 : 0.95 * done.get() / total)) {
              throw new Superseded();
            }
          }
        };
    java.util.concurrent.ExecutorService hashing =
        java.util.concurrent.Executors.newSingleThreadExecutor(threads);
    try (BagZipWriter bag = new BagZipWriter(partial, bagName(s), hashing)) {
      for (EvidenceRecord item : s.allEvidence()) {
        copy(bag, item, bundleId, progress);
      }
      bag.add("case.json", false, out -> BundleFiles.caseJson(s, out));
      bag.add("custody-log.csv", false, out -> BundleFiles.custodyCsv(s, out));
      bag.add("audit-extract.json", false, out -> BundleFiles.auditExtract(s, out));
      bag.add("matrix.csv", BundleFiles.matrixCsv(s), false);
      bag.add(
          "summary.pdf",
          false,
          out -> SummaryPdf.write(s, Locale.forLanguageTag(s.options().language()), out));
      bag.finish(bagInfo(s));
      return bag.sha256();
    } finally {
      hashing.shutdownNow();
    }
  }

  /** False only when the row is no longer this run's; a database hiccup is not worth the export. */
  private boolean saveProgress(String bundleId, int attempt, double fraction) {
    try {
      return records.progress(bundleId, attempt, fraction);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "bundle " + bundleId + ": progress not saved", e);
      return true;
    }
  }

  private void copy(
      BagZipWriter bag,
      EvidenceRecord item,
      String bundleId,
      java.util.function.LongConsumer progress)
      throws IOException {
    String id = item.item().id();
    EvidenceContent content;
    try {
      content = evidence.openForExport(id, bundleId);
    } catch (DomainException e) {
      throw new ItemFailure(
          "evidence " + id + " (" + item.item().originalFileName() + "): " + e.getMessage(), e);
    }
    // Only a failure to read the original is the item's; a failure to write (a full disk) is not.
    InputStream original;
    try {
      original = content.opener().open();
    } catch (IOException e) {
      throw ReadFailures.failure(e, id, item);
    }
    try (InputStream in = new ReadFailures(original, id, item)) {
      bag.addVerified(
          item.bagPath().substring("data/".length()),
          in,
          item.item().sha256(),
          item.item().sha512(),
          progress);
    }
  }

  /** Turns the original's read errors (a mismatch, a missing or unreadable file) into its own. */
  private static final class ReadFailures extends java.io.FilterInputStream {
    private final String id;
    private final EvidenceRecord item;

    ReadFailures(InputStream in, String id, EvidenceRecord item) {
      super(in);
      this.id = id;
      this.item = item;
    }

    @Override
    public int read() throws IOException {
      try {
        return super.read();
      } catch (IOException e) {
        throw failure(e, id, item);
      }
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      try {
        return super.read(b, off, len);
      } catch (IOException e) {
        throw failure(e, id, item);
      }
    }

    static ItemFailure failure(IOException e, String id, EvidenceRecord item) {
      return new ItemFailure(
          "evidence "
              + id
              + " ("
              + item.item().originalFileName()
              + "): its stored file could not be read as received ("
              + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())
              + "); the export stopped and no bundle was kept",
          e);
    }
  }

  /** bag-info.txt: who sends what, for whom to read it. */
  private Map<String, String> bagInfo(CaseSnapshot s) {
    BundleOptions o = s.options();
    Map<String, String> info = new LinkedHashMap<>();
    info.put("Source-Organization", s.organization());
    if (!settings.contact().isBlank()) {
      info.put("Contact-Name", settings.contact());
    }
    if (!settings.email().isBlank()) {
      info.put("Contact-Email", settings.email());
    }
    info.put("External-Identifier", s.kase().reference());
    info.put("External-Description", "Case bundle: " + s.kase().title());
    info.put("Bag-Group-Identifier", s.kase().reference());
    info.put("Internal-Sender-Identifier", s.bundleId());
    info.put(
        "Internal-Sender-Description",
        "Exported by "
            + s.exportedBy()
            + " with Evidentia. Incidents: "
            + (o.incidents() == org.evidentia.bundle.api.Enums.IncidentScope.VERIFIED
                ? "VERIFIED only"
                : "all, " + s.unverified() + " not verified and marked UNVERIFIED in every file")
            + ". Persons: "
            + (o.revealProtectedIdentities()
                ? "protected identities REVEALED (reason: " + o.reason() + ")"
                : "pseudonyms only")
            + ". Summary language: "
            + o.language()
            + ".");
    info.put("Bagging-Date", s.exportedAt().atOffset(ZoneOffset.UTC).toLocalDate().toString());
    info.put("Bag-Software-Agent", "Evidentia (https://github.com/evidentia)");
    return info;
  }

  /** The folder the ZIP unpacks into: the case reference and the bundle's short id. */
  static String bagName(CaseSnapshot s) {
    return s.kase().reference().replaceAll("[^A-Za-z0-9._-]", "_")
        + "-bundle-"
        + s.bundleId().substring(0, 8);
  }

  private static String reason(Throwable e) {
    if (e instanceof ItemFailure || e instanceof DomainException) {
      return e.getMessage();
    }
    if (e instanceof UncheckedIOException || e instanceof IOException) {
      // The message of a file-system error names server paths: it stays in the log.
      return "the bundle could not be written ("
          + e.getClass().getSimpleName()
          + "; see the server log); nothing of it was kept";
    }
    return "the export failed unexpectedly ("
        + e.getClass().getSimpleName()
        + "); see the server log";
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      LOG.log(Level.WARNING, "could not remove " + file, e);
    }
  }

  /** An evidence item stopped the export; the message names it. */
  static final class ItemFailure extends IOException {
    private static final long serialVersionUID = 1L;

    ItemFailure(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
