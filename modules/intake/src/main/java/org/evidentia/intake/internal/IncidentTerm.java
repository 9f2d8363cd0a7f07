package org.evidentia.intake.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.evidentia.kernel.PagedQuery.Condition;

/**
 * A word of an incident, for queries only: {@link Incident} writes its words as an element
 * collection; this read-only view lets a search look words up without joining incidents back.
 */
@Entity
@IdClass(IncidentTerm.Key.class)
@Table(name = "intake_incident_term")
class IncidentTerm {

  @Id private String term;

  @Id
  @Column(name = "incident_id")
  private String incidentId;

  protected IncidentTerm() {}

  /** The conditions that find incidents with a word starting with each word of the search. */
  static List<Condition> matching(String query) {
    List<Condition> conditions = new ArrayList<>();
    List<String> words = SearchTerms.query(query);
    if (words.isEmpty()) {
      // Only punctuation: nothing has such a word.
      return List.of(Condition.of("e.id IS NULL"));
    }
    for (int i = 0; i < words.size(); i++) {
      String word = words.get(i);
      // A range rather than LIKE 'word%': a plain index serves a range under any collation.
      String after =
          word.substring(0, word.length() - 1) + (char) (word.charAt(word.length() - 1) + 1);
      conditions.add(
          new Condition(
              "e.id IN (SELECT t.incidentId FROM IncidentTerm t WHERE t.term >= :w"
                  + i
                  + " AND t.term < :x"
                  + i
                  + ")",
              java.util.Map.of("w" + i, word, "x" + i, after)));
    }
    return conditions;
  }

  /** The composite key. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    private String term;
    private String incidentId;

    public Key() {}

    @Override
    public boolean equals(Object other) {
      return other instanceof Key k && term.equals(k.term) && incidentId.equals(k.incidentId);
    }

    @Override
    public int hashCode() {
      return term.hashCode() * 31 + incidentId.hashCode();
    }
  }
}
