package org.evidentia.classification.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.evidentia.audit.api.AuditEvent;
import org.evidentia.audit.api.AuditLog;
import org.evidentia.classification.api.CrimeEdit;
import org.evidentia.classification.api.CrimeView;
import org.evidentia.classification.api.ElementView;
import org.evidentia.classification.api.Taxonomy;
import org.evidentia.kernel.Caller;
import org.evidentia.kernel.ConflictException;
import org.evidentia.kernel.InvalidInputException;
import org.evidentia.kernel.NotFoundException;
import org.evidentia.kernel.Page;
import org.evidentia.kernel.PageRequest;
import org.evidentia.kernel.PagedQuery;
import org.evidentia.kernel.Role;
import org.evidentia.kernel.RuleViolationException;

/** The taxonomy, read by everyone, reworded by administrators only. */
@ApplicationScoped
@Transactional
class TaxonomyService implements Taxonomy {

  private static final PagedQuery SEARCH =
      new PagedQuery(
          "Crime",
          List.of("code", "titleEn", "titleUk", "keywordsEn", "keywordsUk"),
          Map.of(),
          "e.position, e.code");

  @PersistenceContext(unitName = "classification")
  EntityManager em;

  @Inject Caller caller;

  @Inject AuditLog audit;

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<CrimeView> search(PageRequest request, Locale locale) {
    Page<Crime> page = SEARCH.fetch(em, Crime.class, request, c -> c);
    Map<String, List<ElementView>> elements = elementsOf(page.items(), locale);
    return new Page<>(
        page.items().stream()
            .map(c -> c.view(locale, elements.getOrDefault(c.code(), List.of())))
            .toList(),
        page.page(),
        page.size(),
        page.total());
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public CrimeView crime(String code, Locale locale) {
    Crime crime = find(code);
    return crime.view(locale, elementsOf(List.of(crime), locale).getOrDefault(code, List.of()));
  }

  @Override
  public CrimeView edit(String code, CrimeEdit edit) {
    if (!caller.hasRole(Role.ADMIN)) {
      throw new RuleViolationException("only administrators correct the legal taxonomy");
    }
    if (edit == null) {
      throw new InvalidInputException("titleEn", "send the corrected wording");
    }
    Crime crime = find(code);
    em.lock(crime, LockModeType.PESSIMISTIC_WRITE);
    em.refresh(crime);
    if (edit.expectedVersion() != null && edit.expectedVersion() != crime.version()) {
      throw new ConflictException(
          "the crime's wording was changed meanwhile (version "
              + crime.version()
              + ", you edited "
              + edit.expectedVersion()
              + "); reload it");
    }
    List<String[]> changes = new ArrayList<>();
    String before = crime.wording();
    crime.reword(edit.titleEn(), edit.titleUk(), edit.keywordsEn(), edit.keywordsUk());
    changes.add(new String[] {code, before, crime.wording()});
    if (edit.elements() != null) {
      for (Map.Entry<String, CrimeEdit.ElementText> change : edit.elements().entrySet()) {
        Element element = em.find(Element.class, change.getKey());
        if (element == null || !element.crimeCode().equals(code)) {
          throw new InvalidInputException(
              "elements." + change.getKey(), "not an element of " + code);
        }
        String old = element.wording();
        element.reword(change.getValue().textEn(), change.getValue().textUk());
        changes.add(new String[] {element.code(), old, element.wording()});
      }
    }
    em.lock(crime, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    em.flush();
    // One entry per changed text, before and after apart when long: the audit keeps 4000
    // characters of details, and no wording may be lost from the record.
    for (String[] change : changes) {
      if (change[1].equals(change[2])) {
        continue;
      }
      String both = "before: " + change[1] + " ### after: " + change[2];
      if (both.length() <= 3900) {
        audit.record(AuditEvent.of("TAXONOMY_EDITED", "crime", change[0], both));
      } else {
        audit.record(AuditEvent.of("TAXONOMY_EDITED", "crime", change[0], "before: " + change[1]));
        audit.record(AuditEvent.of("TAXONOMY_EDITED", "crime", change[0], "after: " + change[2]));
      }
    }
    return crime(code, Locale.ENGLISH);
  }

  Crime find(String code) {
    Crime crime = code == null ? null : em.find(Crime.class, code);
    if (crime == null) {
      throw new NotFoundException("crime", code);
    }
    return crime;
  }

  /** The elements of these crimes, in order, one query. */
  Map<String, List<ElementView>> elementsOf(List<Crime> crimes, Locale locale) {
    Map<String, List<ElementView>> byCrime = new HashMap<>();
    if (crimes.isEmpty()) {
      return byCrime;
    }
    em.createQuery(
            "SELECT e FROM Element e WHERE e.crimeCode IN :codes ORDER BY e.crimeCode, e.position",
            Element.class)
        .setParameter("codes", crimes.stream().map(Crime::code).toList())
        .getResultList()
        .forEach(
            e ->
                byCrime.computeIfAbsent(e.crimeCode(), k -> new ArrayList<>()).add(e.view(locale)));
    return byCrime;
  }
}
