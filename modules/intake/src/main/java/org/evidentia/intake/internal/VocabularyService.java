package org.evidentia.intake.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.evidentia.audit.api.AuditEvent;
import org.evidentia.audit.api.AuditLog;
import org.evidentia.intake.api.Vocabularies;
import org.evidentia.intake.api.VocabularyTermView;
import org.evidentia.kernel.Caller;
import org.evidentia.kernel.NotFoundException;
import org.evidentia.kernel.Role;
import org.evidentia.kernel.RuleViolationException;

/** Reads and maintains the controlled vocabularies; changes are for administrators, audited. */
@ApplicationScoped
@Transactional
class VocabularyService implements Vocabularies {

  @PersistenceContext(unitName = "intake")
  EntityManager em;

  @Inject Caller caller;

  @Inject AuditLog audit;

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<VocabularyTermView> terms(String vocabulary) {
    return entries(vocabulary).stream().map(VocabularyTerm::view).toList();
  }

  private List<VocabularyTerm> entries(String vocabulary) {
    if (!NAMES.contains(vocabulary)) {
      throw new NotFoundException("vocabulary", vocabulary);
    }
    return em.createQuery(
            "SELECT t FROM VocabularyTerm t WHERE t.vocabulary = :v ORDER BY t.position, t.code",
            VocabularyTerm.class)
        .setParameter("v", vocabulary)
        .getResultList();
  }

  @Override
  public VocabularyTermView save(
      String vocabulary, String code, String labelEn, String labelUk, boolean active) {
    if (!caller.hasRole(Role.ADMIN)) {
      throw new RuleViolationException("only administrators maintain the vocabularies");
    }
    List<VocabularyTerm> existing = entries(vocabulary);
    String normalized = code == null ? null : code.strip().toUpperCase(java.util.Locale.ROOT);
    new Checks()
        .require(
            normalized != null && normalized.matches("[A-Z][A-Z0-9_]{1,59}"),
            "code",
            "a code is 2 to 60 capital letters, digits or underscores, starting with a letter")
        .required(labelEn, "labels.en", "an English label")
        .required(labelUk, "labels.uk", "a Ukrainian label")
        .maxLength(labelEn, 200, "labels.en")
        .maxLength(labelUk, 200, "labels.uk")
        .orRefuse();
    VocabularyTerm term =
        existing.stream().filter(t -> t.code().equals(normalized)).findFirst().orElse(null);
    boolean added = term == null;
    if (added) {
      int last =
          existing.stream().mapToInt(VocabularyTerm::position).filter(p -> p < 999).max().orElse(0);
      term = new VocabularyTerm(vocabulary, normalized, last + 10);
      em.persist(term);
    }
    term.relabel(labelEn, labelUk);
    term.offer(active);
    em.flush();
    audit.record(
        AuditEvent.of(
            added ? "VOCABULARY_TERM_ADDED" : "VOCABULARY_TERM_CHANGED",
            vocabulary,
            normalized,
            labelEn + " / " + labelUk + (active ? "" : " (retired)")));
    return term.view();
  }
}
