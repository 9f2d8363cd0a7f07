package org.evidentia.verification.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** Someone the queue keeps an incident away from: they recorded, edited or uploaded to it. */
@Entity
@Table(name = "review_contributor")
@IdClass(Contributor.Key.class)
class Contributor {

  /** The primary key. */
  static class Key implements Serializable {
    String incidentId;
    String username;

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && k.incidentId.equals(incidentId) && k.username.equals(username);
    }

    @Override
    public int hashCode() {
      return Objects.hash(incidentId, username);
    }
  }

  @Id
  @jakarta.persistence.Column(name = "incident_id")
  private String incidentId;

  @Id private String username;

  protected Contributor() {}

  Contributor(String incidentId, String username) {
    this.incidentId = incidentId;
    this.username = username;
  }
}
