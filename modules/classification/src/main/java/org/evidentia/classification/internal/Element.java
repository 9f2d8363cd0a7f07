package org.evidentia.classification.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Locale;
import org.evidentia.classification.api.ElementView;
import org.evidentia.classification.api.Enums.ElementKind;

/** An element of a crime, in order. */
@Entity
@Table(name = "legal_element")
class Element {

  @Id private String code;

  @Column(name = "crime_code", nullable = false, updatable = false)
  private String crimeCode;

  @Column(nullable = false, updatable = false)
  private int position;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private ElementKind kind;

  @Column(name = "text_en", nullable = false)
  private String textEn;

  @Column(name = "text_uk", nullable = false)
  private String textUk;

  protected Element() {}

  String code() {
    return code;
  }

  String crimeCode() {
    return crimeCode;
  }

  String wording() {
    return textEn + " | " + textUk;
  }

  void reword(String textEn, String textUk) {
    this.textEn = Texts.required(textEn, this.textEn, "elements." + code + ".textEn", 2000);
    this.textUk = Texts.required(textUk, this.textUk, "elements." + code + ".textUk", 2000);
  }

  ElementView view(Locale locale) {
    return new ElementView(
        code, crimeCode, position, kind, Texts.ukrainian(locale) ? textUk : textEn);
  }
}
