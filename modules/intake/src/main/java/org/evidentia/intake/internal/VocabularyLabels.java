package org.evidentia.intake.internal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.evidentia.intake.api.Vocabularies;
import org.evidentia.intake.api.VocabularyTermView;

/** Vocabulary terms for choices and labels in the viewer's language, read once per request. */
@Named("vocabularies")
@RequestScoped
public class VocabularyLabels {

  @Inject Vocabularies vocabularies;

  private final Map<String, List<VocabularyTermView>> loaded = new HashMap<>();

  /** Active terms, for a choice. */
  public List<VocabularyTermView> terms(String vocabulary) {
    return all(vocabulary).stream().filter(VocabularyTermView::active).toList();
  }

  /** The label of a code in the viewer's language; the code itself if unknown. */
  public String label(String vocabulary, String code) {
    if (code == null) {
      return "";
    }
    String language = FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage();
    return all(vocabulary).stream()
        .filter(t -> t.code().equals(code))
        .findFirst()
        .map(t -> t.labels().getOrDefault(language, t.labels().get("en")))
        .orElse(code);
  }

  private List<VocabularyTermView> all(String vocabulary) {
    return loaded.computeIfAbsent(vocabulary, vocabularies::terms);
  }
}
