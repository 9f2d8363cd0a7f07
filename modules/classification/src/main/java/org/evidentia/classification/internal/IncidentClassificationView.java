package org.evidentia.classification.internal;

import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.evidentia.classification.api.ClassificationEvent;
import org.evidentia.classification.api.ClassificationView;
import org.evidentia.classification.api.Classifications;
import org.evidentia.classification.api.CrimeView;
import org.evidentia.classification.api.ElementLinkView;
import org.evidentia.classification.api.ElementView;
import org.evidentia.classification.api.Enums.ClassificationStatus;
import org.evidentia.classification.api.Enums.Decision;
import org.evidentia.classification.api.Enums.Strength;
import org.evidentia.classification.api.NewLink;
import org.evidentia.classification.api.Taxonomy;
import org.evidentia.evidence.api.Evidence;
import org.evidentia.evidence.api.EvidenceView;
import org.evidentia.intake.api.ClaimView;
import org.evidentia.intake.api.IncidentParticulars;
import org.evidentia.intake.api.SourceView;
import org.evidentia.kernel.Caller;
import org.evidentia.kernel.DomainException;
import org.evidentia.kernel.Feedback;
import org.evidentia.kernel.PageRequest;
import org.evidentia.kernel.Role;

/**
 * The classification section of an incident page: what crimes the incident is classified as, each
 * crime's elements with the support linked to them, and the classification's history. Legal
 * analysts propose (suggested crimes first), confirm, withdraw, link and unlink; everyone else on
 * the team reads. The service checks everything again.
 */
@Named("incidentClassification")
@ViewScoped
public class IncidentClassificationView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Between a crime's code and its title in the search's suggestions. */
  static final String DASH = " – ";

  @Inject Classifications classifications;

  @Inject Taxonomy taxonomy;

  @Inject Evidence evidence;

  @Inject IncidentParticulars particulars;

  @Inject Caller caller;

  private String incidentId;

  // The propose form.
  private String crime;
  private String rationale;

  // The decision dialog: confirm or withdraw a classification (with the version the analyst saw),
  // or withdraw a link.
  private String decided;
  private String decidedCrime;
  private Decision decision;
  private Long decidedVersion;
  private String unlinked;
  private String note;

  // The link dialog.
  private String linkClassification;
  private String linkElement;
  private String support;
  private Strength strength = Strength.DIRECT;
  private String linkNote;

  private transient List<Item> items;
  private transient List<CrimeView> suggestions;
  private transient List<SelectItem> supports;

  /** One classification with its crime, links and history, as the section shows it. */
  public record Item(
      ClassificationView classification,
      CrimeView crime,
      List<ElementLinkView> links,
      List<ClassificationEvent> history) {

    public List<ElementLinkView> linksOf(String elementCode) {
      return links.stream().filter(l -> l.elementCode().equals(elementCode)).toList();
    }

    /** Elements entered for the crime: support can be linked. */
    public boolean isLinkable() {
      return crime.elementsComplete() && !crime.elements().isEmpty();
    }

    public boolean isActive() {
      return classification.status() != ClassificationStatus.WITHDRAWN;
    }
  }

  /** Called as the incident page renders, with the incident it shows. */
  public void show(String incident) {
    if (incident == null || incident.isBlank() || incident.equals(incidentId)) {
      return;
    }
    incidentId = incident;
    refresh();
  }

  public boolean isShown() {
    return incidentId != null;
  }

  private void refresh() {
    items = null;
    suggestions = null;
    supports = null;
  }

  public boolean isAnalyst() {
    return caller.hasRole(Role.LEGAL_ANALYST);
  }

  public List<Item> getItems() {
    if (items == null && incidentId != null) {
      List<Item> loaded = new ArrayList<>();
      for (ClassificationView c : classifications.ofIncident(incidentId)) {
        CrimeView crimeView = taxonomy.crime(c.crimeCode(), Pages.locale());
        loaded.add(
            new Item(
                c,
                crimeView,
                classifications.links(c.id()),
                newestFirst(classifications.history(c.id()))));
      }
      items = loaded;
    }
    return items == null ? List.of() : items;
  }

  private static List<ClassificationEvent> newestFirst(List<ClassificationEvent> events) {
    List<ClassificationEvent> copy = new ArrayList<>(events);
    Collections.reverse(copy);
    return copy;
  }

  /** Crimes to offer first for the incident's type and target. */
  public List<CrimeView> getSuggestions() {
    if (suggestions == null && incidentId != null && isAnalyst()) {
      suggestions = classifications.suggestions(incidentId, Pages.locale());
    }
    return suggestions == null ? List.of() : suggestions;
  }

  /** Takes a suggested crime into the propose form. */
  public void pick(CrimeView suggested) {
    crime = suggested.code() + DASH + suggested.title();
  }

  /** The taxonomy's crimes by code, title or keyword, as "code – title". */
  public List<String> complete(String query) {
    return taxonomy.search(new PageRequest(0, 15, null, query), Pages.locale()).items().stream()
        .map(c -> c.code() + DASH + c.title())
        .toList();
  }

  /** The code of the crime in the propose form: what precedes the dash, or all that was typed. */
  static String code(String chosen) {
    if (chosen == null) {
      return null;
    }
    int dash = chosen.indexOf(DASH);
    return (dash < 0 ? chosen : chosen.substring(0, dash)).strip();
  }

  public void propose() {
    try {
      ClassificationView proposed = classifications.propose(incidentId, code(crime), rationale);
      crime = null;
      rationale = null;
      Feedback.info(Pages.text("section.proposed", proposed.crimeCode()));
    } catch (DomainException e) {
      Feedback.refused("classificationPropose", e);
    }
    refresh();
  }

  /** Opens the decision dialog: confirm (an optional note) or withdraw (a note needed). */
  public void prepareDecision(ClassificationView c, Decision d) {
    decided = c.id();
    decidedCrime = c.crimeCode();
    decision = d;
    decidedVersion = c.version();
    unlinked = null;
    note = null;
  }

  public void prepareConfirm(ClassificationView c) {
    prepareDecision(c, Decision.CONFIRM);
  }

  public void prepareWithdraw(ClassificationView c) {
    prepareDecision(c, Decision.WITHDRAW);
  }

  /** Opens the same dialog to withdraw a link (a note needed). */
  public void prepareUnlink(ElementLinkView l) {
    unlinked = l.id();
    decidedCrime = l.elementCode();
    decided = null;
    decision = null;
    decidedVersion = null;
    note = null;
  }

  /** What the decision dialog does: CONFIRM, WITHDRAW, or UNLINK. */
  public String getPending() {
    return unlinked != null ? "UNLINK" : decision == null ? "WITHDRAW" : decision.name();
  }

  /** The crime (or, for a link, the element) the decision dialog is about. */
  public String getPendingSubject() {
    return decidedCrime;
  }

  public void decide() {
    try {
      if (unlinked != null) {
        classifications.unlink(unlinked, note);
        Feedback.info(Pages.text("section.unlinked", decidedCrime));
      } else {
        ClassificationView c = classifications.decide(decided, decision, note, decidedVersion);
        Feedback.info(Pages.text("section.decided." + decision, c.crimeCode()));
      }
      note = null;
      unlinked = null;
      decided = null;
    } catch (DomainException e) {
      Feedback.refused("classificationDecide", e);
    }
    refresh();
  }

  /** Opens the link dialog for one element of a classification. */
  public void prepareLink(ClassificationView c, ElementView element) {
    linkClassification = c.id();
    linkElement = element.code();
    support = null;
    strength = Strength.DIRECT;
    linkNote = null;
    supports = null;
  }

  /** The elements of the crime the link dialog is for. */
  public List<ElementView> getLinkElements() {
    return getItems().stream()
        .filter(i -> i.classification().id().equals(linkClassification))
        .findFirst()
        .map(i -> i.crime().elements())
        .orElse(List.of());
  }

  /**
   * The incident's evidence items, sources and casualty claims, grouped: "E:id", "S:id", "C:id".
   */
  public List<SelectItem> getSupports() {
    if (supports == null && incidentId != null) {
      List<SelectItem> groups = new ArrayList<>();
      List<EvidenceView> items =
          evidence.list(incidentId, new PageRequest(0, PageRequest.MAX_SIZE, null, null)).items();
      groups.add(
          group(
              Pages.text("link.evidence"),
              items.stream()
                  .map(e -> new SelectItem("E:" + e.id(), e.originalFileName()))
                  .toList()));
      List<SourceView> sources = particulars.sources(incidentId);
      groups.add(
          group(
              Pages.text("link.sources"),
              sources.stream().map(s -> new SelectItem("S:" + s.id(), s.name())).toList()));
      List<ClaimView> claims = particulars.claims(incidentId);
      groups.add(
          group(
              Pages.text("link.claims"),
              claims.stream()
                  .map(
                      c ->
                          new SelectItem(
                              "C:" + c.id(),
                              c.sourceName() + (c.asOf() == null ? "" : ", " + c.asOf())))
                  .toList()));
      supports =
          groups.stream().filter(g -> ((SelectItemGroup) g).getSelectItems().length > 0).toList();
    }
    return supports == null ? List.of() : supports;
  }

  private static SelectItem group(String label, List<SelectItem> options) {
    SelectItemGroup group = new SelectItemGroup(label);
    group.setSelectItems(options.toArray(new SelectItem[0]));
    return group;
  }

  public void link() {
    String evidenceId = null;
    String sourceId = null;
    String claimId = null;
    if (support != null && support.length() > 2) {
      String id = support.substring(2);
      switch (support.charAt(0)) {
        case 'E' -> evidenceId = id;
        case 'S' -> sourceId = id;
        case 'C' -> claimId = id;
        default -> {}
      }
    }
    try {
      classifications.link(
          linkClassification,
          new NewLink(linkElement, evidenceId, sourceId, claimId, strength, linkNote));
      Feedback.info(Pages.text("section.linked", linkElement));
      support = null;
      linkNote = null;
    } catch (DomainException e) {
      Feedback.refused("classificationLink", e);
    }
    refresh();
  }

  public Strength[] getStrengths() {
    return Strength.values();
  }

  public String getIncidentId() {
    return incidentId;
  }

  public String getCrime() {
    return crime;
  }

  public void setCrime(String crime) {
    this.crime = crime;
  }

  public String getRationale() {
    return rationale;
  }

  public void setRationale(String rationale) {
    this.rationale = rationale;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public String getLinkElement() {
    return linkElement;
  }

  public void setLinkElement(String linkElement) {
    this.linkElement = linkElement;
  }

  public String getSupport() {
    return support;
  }

  public void setSupport(String support) {
    this.support = support;
  }

  public Strength getStrength() {
    return strength;
  }

  public void setStrength(Strength strength) {
    this.strength = strength;
  }

  public String getLinkNote() {
    return linkNote;
  }

  public void setLinkNote(String linkNote) {
    this.linkNote = linkNote;
  }
}
