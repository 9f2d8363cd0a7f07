package org.evidentia.intake.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.evidentia.audit.api.AuditEvent;
import org.evidentia.audit.api.AuditLog;
import org.evidentia.kernel.ApplicationStarted;

/**
 * {@code ./evidentia rotate-keys}, for protected identities: with {@code
 * EVIDENTIA_ROTATE_KEYS=true} every sealed identity not yet under the current key is opened (with
 * an older key) and sealed anew, in batches that commit on their own. Each value says which key
 * sealed it, so a rotation that stopped half-way simply runs again.
 */
@ApplicationScoped
class IdentityKeyRotation {

  private static final Logger LOG = Logger.getLogger(IdentityKeyRotation.class.getName());
  static final int BATCH = 200;

  @Inject
  @ConfigProperty(name = "evidentia.rotate-keys", defaultValue = "false")
  boolean rotate;

  @jakarta.annotation.Resource UserTransaction transaction;

  @Inject IdentityVault vault;

  @Inject AuditLog audit;

  @PersistenceContext(unitName = "intake")
  EntityManager em;

  void onStart(@Observes ApplicationStarted started) {
    if (!rotate) {
      return;
    }
    try {
      long[] counts = rotateAll();
      // A second pass must find everything done: the command checks its own work.
      long[] check = rotateAll();
      if (check[0] > 0) {
        throw new IllegalStateException(
            check[0] + " protected identities were still not under the current key");
      }
      String summary =
          counts[0]
              + " protected identities sealed anew, "
              + counts[1]
              + " were under the key "
              + vault.cipher().keyId();
      audit.recordAlways(
          AuditEvent.of("PROTECTED_IDENTITY_KEY_ROTATED", "protected-identities", "-", summary));
      LOG.info("Protected-identity key rotation finished: " + summary);
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "Protected-identity key rotation failed", e);
    }
  }

  /** Reseals every identity; answers how many were resealed and how many were current already. */
  long[] rotateAll() {
    IdentityCipher cipher = vault.cipher();
    long[] counts = new long[2];
    String after = "";
    while (true) {
      String last = rotateBatch(cipher, after, counts);
      if (last == null) {
        return counts;
      }
      after = last;
    }
  }

  /**
   * One batch in a transaction of its own, begun here explicitly: a start-up observer runs outside
   * any request, and the update below must never run without a transaction.
   */
  String rotateBatch(IdentityCipher cipher, String after, long[] counts) {
    try {
      transaction.begin();
      boolean done = false;
      try {
        String last = rotateBatch(em, cipher, after, BATCH, counts);
        done = true;
        return last;
      } finally {
        if (done) {
          transaction.commit();
        } else {
          transaction.rollback();
        }
      }
    } catch (jakarta.transaction.NotSupportedException
        | jakarta.transaction.SystemException
        | jakarta.transaction.RollbackException
        | jakarta.transaction.HeuristicMixedException
        | jakarta.transaction.HeuristicRollbackException e) {
      throw new IllegalStateException("the key rotation's transaction failed", e);
    }
  }

  /**
   * Reseals one batch of persons after {@code after} in id order; answers the last id, or null when
   * none is left. {@code counts}: resealed, already under the current key.
   */
  static String rotateBatch(
      EntityManager em, IdentityCipher cipher, String after, int batch, long[] counts) {
    List<Person> persons =
        em.createQuery(
                "SELECT p FROM Person p WHERE p.sealedIdentity IS NOT NULL AND p.id > :after"
                    + " ORDER BY p.id",
                Person.class)
            .setParameter("after", after)
            .setMaxResults(batch)
            .getResultList();
    for (Person person : persons) {
      String stored = person.sealedIdentity();
      if (cipher.underCurrentKey(stored)) {
        counts[1]++;
      } else {
        // Only if unchanged since it was read; needs the transaction (fails loudly without one).
        int updated =
            em.createQuery(
                    "UPDATE Person p SET p.sealedIdentity = :resealed"
                        + " WHERE p.id = :id AND p.sealedIdentity = :stored")
                .setParameter("resealed", cipher.reseal(person.id(), stored))
                .setParameter("id", person.id())
                .setParameter("stored", stored)
                .executeUpdate();
        counts[0] += updated;
      }
    }
    return persons.isEmpty() ? null : persons.get(persons.size() - 1).id();
  }
}
