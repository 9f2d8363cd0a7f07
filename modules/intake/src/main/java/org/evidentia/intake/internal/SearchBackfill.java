package org.evidentia.intake.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.logging.Logger;
import org.evidentia.kernel.ApplicationStarted;

/**
 * Gives incidents recorded before search by word (V007) their words, once, at start-up. New and
 * revised incidents index themselves.
 */
@ApplicationScoped
class SearchBackfill {

  private static final Logger LOG = Logger.getLogger(SearchBackfill.class.getName());
  private static final int BATCH = 500;

  @Inject SearchBackfill self;

  @PersistenceContext(unitName = "intake")
  EntityManager em;

  void onStart(@Observes ApplicationStarted started) {
    long total = 0;
    int indexed;
    do {
      indexed = self.indexBatch();
      total += indexed;
    } while (indexed > 0);
    if (total > 0) {
      long count = total;
      LOG.info(() -> "Search: indexed the words of " + count + " earlier incidents");
    }
  }

  /**
   * Indexes up to one batch of incidents without words; answers how many got words. The loop stops
   * at a batch that gave none: an incident whose texts are punctuation alone never has words.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  int indexBatch() {
    List<Incident> unindexed =
        em.createQuery(
                "SELECT e FROM Incident e WHERE e.terms IS EMPTY ORDER BY e.id", Incident.class)
            .setMaxResults(BATCH)
            .getResultList();
    int indexed = 0;
    for (Incident incident : unindexed) {
      if (incident.index()) {
        indexed++;
      }
    }
    return indexed;
  }
}
