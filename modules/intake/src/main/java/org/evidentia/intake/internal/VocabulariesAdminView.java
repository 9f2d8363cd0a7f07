package org.evidentia.intake.internal;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.evidentia.intake.api.Vocabularies;
import org.evidentia.intake.api.VocabularyTermView;
import org.evidentia.kernel.DomainException;
import org.evidentia.kernel.Feedback;

/** The administrator's page for the controlled vocabularies: add, relabel, retire terms. */
@Named
@ViewScoped
public class VocabulariesAdminView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Vocabularies vocabularies;

  private String vocabulary = Vocabularies.NAMES.get(0);
  private String code;
  private String labelEn;
  private String labelUk;
  private boolean active = true;

  public List<String> getNames() {
    return Vocabularies.NAMES;
  }

  public List<VocabularyTermView> getTerms() {
    return vocabularies.terms(vocabulary);
  }

  public void edit(VocabularyTermView term) {
    code = term.code();
    labelEn = term.labels().get("en");
    labelUk = term.labels().get("uk");
    active = term.active();
  }

  public void save() {
    try {
      VocabularyTermView saved = vocabularies.save(vocabulary, code, labelEn, labelUk, active);
      Feedback.info(Pages.text("vocabulary.saved", saved.code()));
      code = null;
      labelEn = null;
      labelUk = null;
      active = true;
    } catch (DomainException e) {
      Feedback.refused("term", e);
    }
  }

  public String getVocabulary() {
    return vocabulary;
  }

  public void setVocabulary(String vocabulary) {
    this.vocabulary = vocabulary;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getLabelEn() {
    return labelEn;
  }

  public void setLabelEn(String labelEn) {
    this.labelEn = labelEn;
  }

  public String getLabelUk() {
    return labelUk;
  }

  public void setLabelUk(String labelUk) {
    this.labelUk = labelUk;
  }

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }
}
