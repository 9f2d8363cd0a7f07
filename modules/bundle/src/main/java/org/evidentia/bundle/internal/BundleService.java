package org.evidentia.bundle.internal;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.nio.file.Files;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.evidentia.audit.api.AuditEvent;
import org.evidentia.audit.api.AuditLog;
import org.evidentia.bagit.BagVerifier;
import org.evidentia.bagit.Verdict;
import org.evidentia.bundle.api.BundleOptions;
import org.evidentia.bundle.api.BundleView;
import org.evidentia.bundle.api.Bundles;
import org.evidentia.bundle.api.Enums.BundleStatus;
import org.evidentia.bundle.api.Enums.IncidentScope;
import org.evidentia.intake.api.CaseView;
import org.evidentia.intake.api.Cases;
import org.evidentia.kernel.Caller;
import org.evidentia.kernel.ConflictException;
import org.evidentia.kernel.InvalidInputException;
import org.evidentia.kernel.NotFoundException;
import org.evidentia.kernel.Page;
import org.evidentia.kernel.PageRequest;
import org.evidentia.kernel.PagedQuery;
import org.evidentia.kernel.Role;
import org.evidentia.kernel.RuleViolationException;

/**
 * Who may export what, checked on the server before anything is queued; the writing itself is
 * {@link BundleExporter}'s, started once the request's transaction has committed.
 */
@ApplicationScoped
@Transactional
class BundleService implements Bundles {

  private static final PagedQuery LIST =
      new PagedQuery(
          "Bundle",
          List.of("requestedBy", "reason", "sha256"),
          Map.of("requestedAt", "requestedAt", "status", "status", "size", "size"),
          "e.requestedAt DESC, e.id");

  @PersistenceContext(unitName = "bundle")
  EntityManager em;

  @Inject Cases cases;

  @Inject SnapshotReader reader;

  @Inject BundleJobs jobs;

  @Inject BundleSettings settings;

  @Inject BundleRecords records;

  @Inject AuditLog audit;

  @Inject Caller caller;

  @Inject Clock clock;

  @Resource TransactionSynchronizationRegistry transactions;

  @Override
  public BundleView export(String caseId, BundleOptions options) {
    CaseView kase = cases.get(caseId);
    BundleOptions o = options == null ? new BundleOptions(null, false, null, null, null) : options;
    if (!caller.hasRole(Role.LEGAL_ANALYST)) {
      refuse(caseId, "only a legal analyst may export a case bundle");
    }
    if (o.revealProtectedIdentities()) {
      checkReveal(kase, o);
    }
    long incidents = reader.count(caseId, o.incidents());
    if (incidents == 0) {
      throw new ConflictException(
          o.incidents() == IncidentScope.VERIFIED
              ? "case "
                  + kase.reference()
                  + " has no VERIFIED incident yet, so a bundle of verified incidents would be"
                  + " empty; export ALL incidents instead (the unverified ones are then marked"
                  + " UNVERIFIED in every file), or have incidents reviewed first"
              : "case " + kase.reference() + " has no incidents to export");
    }
    if (records.pending(caseId, caller.username(), o)) {
      throw new ConflictException(
          "you already have an export of case "
              + kase.reference()
              + " with these options waiting or running; follow it in the case's bundle list");
    }
    Bundle bundle = new Bundle(kase, o, caller.username(), caller.address(), clock.instant());
    em.persist(bundle);
    audit.record(
        AuditEvent.of(
            "BUNDLE_REQUESTED",
            "bundle",
            bundle.id(),
            "case "
                + kase.reference()
                + "; incidents "
                + o.incidents()
                + " ("
                + incidents
                + "); summary in "
                + o.language()
                + (o.revealProtectedIdentities()
                    ? "; protected identities REVEALED, reason: " + o.reason()
                    : "; pseudonyms only")));
    startAfterCommit(bundle.id());
    return bundle.view();
  }

  private boolean maySeeIdentities(String caseId) {
    return cases.team(caseId).stream()
        .anyMatch(m -> m.username().equals(caller.username()) && m.mayViewProtectedIdentities());
  }

  /** Revealing names needs the right on this case, a reason, and the exporter's password. */
  private void checkReveal(CaseView kase, BundleOptions o) {
    if (!maySeeIdentities(kase.id())) {
      refuse(
          kase.id(),
          "you may not see protected identities on case "
              + kase.reference()
              + ", so you cannot reveal them in a bundle");
    }
    if (o.reason() == null) {
      audit.recordAlways(
          AuditEvent.of(
              "BUNDLE_REFUSED", "case", kase.id(), "identities to be revealed without a reason"));
      throw new InvalidInputException(
          "reason", "say why protected identities must be revealed in this bundle");
    }
    if (o.password() == null
        || !records.confirm(caller.username(), o.password(), caller.address())) {
      refuse(kase.id(), "the password does not match; identities are revealed only after it");
    }
  }

  private void refuse(String caseId, String why) {
    audit.recordAlways(AuditEvent.of("BUNDLE_REFUSED", "case", caseId, why));
    throw new RuleViolationException(why);
  }

  @Override
  public BundleView get(String bundleId) {
    return visible(bundleId).view();
  }

  @Override
  public Page<BundleView> ofCase(String caseId, PageRequest request) {
    cases.get(caseId);
    return LIST.fetch(
        em,
        Bundle.class,
        request,
        Bundle::view,
        List.of(PagedQuery.Condition.equal("caseId", caseId)));
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public boolean exporting(String caseId) {
    cases.get(caseId);
    return em.createQuery(
                "SELECT COUNT(b) FROM Bundle b WHERE b.caseId = :c AND b.status IN :open",
                Long.class)
            .setParameter("c", caseId)
            .setParameter("open", List.of(BundleStatus.QUEUED, BundleStatus.RUNNING))
            .getSingleResult()
        > 0;
  }

  @Override
  public BundleView restart(String bundleId, String password) {
    Bundle found = visible(bundleId);
    if (!caller.hasRole(Role.LEGAL_ANALYST)) {
      refuse(found.caseId(), "only a legal analyst may restart an export");
    }
    if (!found.requestedBy().equals(caller.username())) {
      refuse(
          found.caseId(),
          "only "
              + found.requestedBy()
              + ", who asked for this export, may restart it; export the case again instead");
    }
    Bundle bundle = em.find(Bundle.class, bundleId, LockModeType.PESSIMISTIC_WRITE);
    em.refresh(bundle);
    BundleOptions o = bundle.options();
    if (o.revealProtectedIdentities()) {
      checkReveal(
          cases.get(bundle.caseId()),
          new BundleOptions(o.incidents(), true, o.reason(), password, o.language()));
    }
    bundle.requeue(caller.username());
    audit.record(
        AuditEvent.of(
            "BUNDLE_RESTARTED", "bundle", bundleId, "attempt " + (bundle.attempts() + 1)));
    startAfterCommit(bundleId);
    return bundle.view();
  }

  @Override
  public Download download(String bundleId) {
    Bundle bundle = visible(bundleId);
    if (bundle.status() != BundleStatus.DONE) {
      throw new ConflictException(
          "bundle "
              + bundleId
              + " is "
              + bundle.status()
              + "; only a DONE bundle can be downloaded");
    }
    if (bundle.options().revealProtectedIdentities() && !maySeeIdentities(bundle.caseId())) {
      refuse(
          bundle.caseId(),
          "bundle "
              + bundleId
              + " reveals protected identities, which you may not see on this case; ask its"
              + " exporter for a bundle with pseudonyms");
    }
    java.nio.file.Path file = settings.file(bundleId);
    if (!Files.isRegularFile(file)) {
      throw new ConflictException(
          "the file of bundle " + bundleId + " is missing from the store; export the case again");
    }
    audit.record(
        AuditEvent.of("BUNDLE_DOWNLOADED", "bundle", bundleId, "SHA-256 " + bundle.sha256()));
    return new Download(
        bundle.view().fileName(), bundle.size(), bundle.sha256(), () -> Files.newInputStream(file));
  }

  @Override
  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  public Verdict check(java.nio.file.Path bag, String fileName) {
    if (!caller.isAuthenticated()) {
      throw new RuleViolationException("log in to check a bundle");
    }
    Verdict verdict;
    try {
      verdict = new BagVerifier().verify(bag);
    } catch (java.io.IOException e) {
      audit.recordAlways(
          AuditEvent.of("BUNDLE_CHECKED", "file", name(fileName), "unreadable: " + e.getMessage()));
      throw new InvalidInputException(
          "file", "this is neither a ZIP nor a bag that can be read: " + e.getMessage());
    }
    audit.recordAlways(
        AuditEvent.of(
            "BUNDLE_CHECKED",
            "file",
            name(fileName),
            (verdict.valid()
                    ? "INTACT"
                    : "NOT INTACT: " + verdict.problems().size() + " problem(s)")
                + ", "
                + verdict.payloadFiles()
                + " payload files, "
                + verdict.payloadBytes()
                + " bytes"));
    return verdict;
  }

  private static String name(String fileName) {
    String n = fileName == null || fileName.isBlank() ? "uploaded bundle" : fileName.strip();
    return n.length() > 200 ? n.substring(0, 200) : n;
  }

  /** The bundle, if the caller is on its case's team; "not found" otherwise (audited by intake). */
  private Bundle visible(String bundleId) {
    Bundle bundle = bundleId == null ? null : em.find(Bundle.class, bundleId);
    if (bundle == null) {
      throw new NotFoundException("bundle", bundleId);
    }
    try {
      cases.get(bundle.caseId());
    } catch (NotFoundException e) {
      throw new NotFoundException("bundle", bundleId);
    }
    return bundle;
  }

  /** The job must see the committed row, and must not start at all if the request rolls back. */
  private void startAfterCommit(String bundleId) {
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
              jobs.start(bundleId);
            }
          }
        });
  }
}
