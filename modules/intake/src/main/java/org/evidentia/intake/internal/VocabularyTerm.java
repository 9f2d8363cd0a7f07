package org.evidentia.intake.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Map;
import org.evidentia.intake.api.VocabularyTermView;

/** A term of a controlled vocabulary (reference data, loaded by migration). */
@Entity
@Table(name = "intake_vocabulary_term")
@IdClass(VocabularyTerm.Key.class)
class VocabularyTerm {

  /** The composite key: vocabulary and code. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    private String vocabulary;
    private String code;

    public Key() {}

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key
          && java.util.Objects.equals(vocabulary, key.vocabulary)
          && java.util.Objects.equals(code, key.code);
    }

    @Override
    public int hashCode() {
      return java.util.Objects.hash(vocabulary, code);
    }
  }

  @Id private String vocabulary;

  @Id private String code;

  @Column(name = "label_en", nullable = false)
  private String labelEn;

  @Column(name = "label_uk", nullable = false)
  private String labelUk;

  private int position;

  private boolean active;

  protected VocabularyTerm() {}

  VocabularyTerm(String vocabulary, String code, int position) {
    this.vocabulary = vocabulary;
    this.code = code;
    this.position = position;
  }

  void relabel(String english, String ukrainian) {
    this.labelEn = english.strip();
    this.labelUk = ukrainian.strip();
  }

  void offer(boolean offered) {
    this.active = offered;
  }

  /** Whether a code exists in a vocabulary and is still offered for new records. */
  static boolean isOffered(EntityManager em, String vocabulary, String code) {
    return em.createQuery(
                "SELECT COUNT(t) FROM VocabularyTerm t WHERE t.vocabulary = :v AND t.code = :c AND"
                    + " t.active = TRUE",
                Long.class)
            .setParameter("v", vocabulary)
            .setParameter("c", code)
            .getSingleResult()
        > 0;
  }

  String code() {
    return code;
  }

  int position() {
    return position;
  }

  boolean isActive() {
    return active;
  }

  VocabularyTermView view() {
    return new VocabularyTermView(code, Map.of("en", labelEn, "uk", labelUk), active);
  }
}
