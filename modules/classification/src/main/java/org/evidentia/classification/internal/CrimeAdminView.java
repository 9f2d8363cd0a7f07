package org.evidentia.classification.internal;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.evidentia.classification.api.CrimeEdit;
import org.evidentia.classification.api.CrimeView;
import org.evidentia.classification.api.ElementView;
import org.evidentia.classification.api.Enums.ElementKind;
import org.evidentia.classification.api.Taxonomy;
import org.evidentia.kernel.DomainException;
import org.evidentia.kernel.Feedback;
import org.evidentia.kernel.NotFoundException;

/**
 * An administrator corrects a crime's wording: titles, keywords and element texts in English and
 * Ukrainian. The version read is sent back, so a change made meanwhile is refused, not overwritten;
 * the service audits the old and new wording.
 */
@Named("crimeAdmin")
@ViewScoped
public class CrimeAdminView implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final Locale UK = Locale.forLanguageTag("uk");

  @Inject Taxonomy taxonomy;

  private String code;
  private CrimeView crime;
  private String titleEn;
  private String titleUk;
  private String keywordsEn;
  private String keywordsUk;
  private List<ElementText> elements = new ArrayList<>();
  private long version;

  /** One element's texts as edited. */
  public static final class ElementText implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String code;
    private final ElementKind kind;
    private String textEn;
    private String textUk;

    ElementText(String code, ElementKind kind, String textEn, String textUk) {
      this.code = code;
      this.kind = kind;
      this.textEn = textEn;
      this.textUk = textUk;
    }

    public String getCode() {
      return code;
    }

    public ElementKind getKind() {
      return kind;
    }

    public String getTextEn() {
      return textEn;
    }

    public void setTextEn(String textEn) {
      this.textEn = textEn;
    }

    public String getTextUk() {
      return textUk;
    }

    public void setTextUk(String textUk) {
      this.textUk = textUk;
    }
  }

  public void load() {
    if (crime != null) {
      return;
    }
    try {
      read();
    } catch (NotFoundException e) {
      Feedback.notFound();
    }
  }

  private void read() {
    crime = taxonomy.crime(code, Locale.ENGLISH);
    CrimeView ukrainian = taxonomy.crime(code, UK);
    titleEn = crime.titleEn();
    titleUk = crime.titleUk();
    keywordsEn = crime.keywordsEn();
    keywordsUk = crime.keywordsUk();
    version = crime.version();
    elements = new ArrayList<>();
    for (int i = 0; i < crime.elements().size(); i++) {
      ElementView en = crime.elements().get(i);
      ElementView uk = ukrainian.elements().get(i);
      elements.add(new ElementText(en.code(), en.kind(), en.text(), uk.text()));
    }
  }

  public void save() {
    Map<String, CrimeEdit.ElementText> texts = new LinkedHashMap<>();
    for (ElementText e : elements) {
      texts.put(e.getCode(), new CrimeEdit.ElementText(e.getTextEn(), e.getTextUk()));
    }
    try {
      taxonomy.edit(code, new CrimeEdit(titleEn, titleUk, keywordsEn, keywordsUk, texts, version));
      read();
      Feedback.info(Pages.text("admin.saved", code));
    } catch (DomainException e) {
      Feedback.refused("crime", e);
    }
  }

  /** Drops what was typed and reads the crime as it is now (after a conflict). */
  public void reload() {
    read();
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public CrimeView getCrime() {
    return crime;
  }

  public String getTitleEn() {
    return titleEn;
  }

  public void setTitleEn(String titleEn) {
    this.titleEn = titleEn;
  }

  public String getTitleUk() {
    return titleUk;
  }

  public void setTitleUk(String titleUk) {
    this.titleUk = titleUk;
  }

  public String getKeywordsEn() {
    return keywordsEn;
  }

  public void setKeywordsEn(String keywordsEn) {
    this.keywordsEn = keywordsEn;
  }

  public String getKeywordsUk() {
    return keywordsUk;
  }

  public void setKeywordsUk(String keywordsUk) {
    this.keywordsUk = keywordsUk;
  }

  public List<ElementText> getElements() {
    return elements;
  }

  public long getVersion() {
    return version;
  }
}
