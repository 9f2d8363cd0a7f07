package org.evidentia.classification.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.List;
import java.util.Locale;
import org.evidentia.classification.api.CrimeView;
import org.evidentia.classification.api.ElementView;
import org.evidentia.classification.api.Enums.ConflictContext;
import org.evidentia.classification.api.Enums.CrimeCategory;

/** A crime of the taxonomy (reference data from V011; wording corrected by administrators). */
@Entity
@Table(name = "legal_crime")
class Crime {

  @Id private String code;

  @Column(nullable = false, updatable = false)
  private String instrument;

  @Column(nullable = false, updatable = false)
  private String article;

  @Column(nullable = false, updatable = false)
  private int position;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private CrimeCategory category;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private ConflictContext context;

  @Column(name = "title_en", nullable = false)
  private String titleEn;

  @Column(name = "title_uk", nullable = false)
  private String titleUk;

  @Column(name = "keywords_en")
  private String keywordsEn;

  @Column(name = "keywords_uk")
  private String keywordsUk;

  @Column(name = "elements_complete", nullable = false, updatable = false)
  private boolean elementsComplete;

  @Version private long version;

  protected Crime() {}

  String code() {
    return code;
  }

  long version() {
    return version;
  }

  String title(Locale locale) {
    return Texts.ukrainian(locale) ? titleUk : titleEn;
  }

  String wording() {
    return titleEn + " | " + titleUk + " | " + keywordsEn + " | " + keywordsUk;
  }

  void reword(String titleEn, String titleUk, String keywordsEn, String keywordsUk) {
    this.titleEn = Texts.required(titleEn, this.titleEn, "titleEn", 300);
    this.titleUk = Texts.required(titleUk, this.titleUk, "titleUk", 300);
    this.keywordsEn = keywordsEn == null ? this.keywordsEn : Texts.optional(keywordsEn, 1000);
    this.keywordsUk = keywordsUk == null ? this.keywordsUk : Texts.optional(keywordsUk, 1000);
  }

  CrimeView view(Locale locale, List<ElementView> elements) {
    return new CrimeView(
        code,
        article,
        category,
        context,
        title(locale),
        titleEn,
        titleUk,
        keywordsEn,
        keywordsUk,
        elementsComplete,
        elements,
        version);
  }
}
