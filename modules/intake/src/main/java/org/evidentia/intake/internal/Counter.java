package org.evidentia.intake.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;

/**
 * A named number sequence (case references, pseudonyms). Taking a number locks the row until the
 * transaction ends, so numbers stay unique and gap-free across application instances.
 */
@Entity
@Table(name = "intake_counter")
class Counter {

  @Id private String name;

  @Column(name = "last_number", nullable = false)
  private int lastNumber;

  protected Counter() {}

  static int next(EntityManager em, String name) {
    Counter counter = em.find(Counter.class, name, LockModeType.PESSIMISTIC_WRITE);
    counter.lastNumber++;
    return counter.lastNumber;
  }
}
