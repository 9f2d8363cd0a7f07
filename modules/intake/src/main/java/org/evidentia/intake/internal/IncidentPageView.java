package org.evidentia.intake.internal;

import jakarta.enterprise.inject.Instance;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.evidentia.intake.api.CaseView;
import org.evidentia.intake.api.Cases;
import org.evidentia.intake.api.ClaimSpread;
import org.evidentia.intake.api.ClaimView;
import org.evidentia.intake.api.Consent;
import org.evidentia.intake.api.Enums.AgeGroup;
import org.evidentia.intake.api.Enums.DatePrecision;
import org.evidentia.intake.api.Enums.LocationPrecision;
import org.evidentia.intake.api.Enums.PersonRole;
import org.evidentia.intake.api.Enums.Population;
import org.evidentia.intake.api.Enums.Reliability;
import org.evidentia.intake.api.Enums.SourceKind;
import org.evidentia.intake.api.IncidentInput;
import org.evidentia.intake.api.IncidentParticulars;
import org.evidentia.intake.api.IncidentRevisionView;
import org.evidentia.intake.api.IncidentView;
import org.evidentia.intake.api.Incidents;
import org.evidentia.intake.api.Location;
import org.evidentia.intake.api.NewClaim;
import org.evidentia.intake.api.NewPerson;
import org.evidentia.intake.api.NewSource;
import org.evidentia.intake.api.Occurred;
import org.evidentia.intake.api.PersonView;
import org.evidentia.intake.api.ProtectedIdentity;
import org.evidentia.intake.api.Range;
import org.evidentia.intake.api.SourceView;
import org.evidentia.kernel.Caller;
import org.evidentia.kernel.DomainException;
import org.evidentia.kernel.Feedback;
import org.evidentia.kernel.IncidentSection;
import org.evidentia.kernel.NotFoundException;
import org.evidentia.kernel.Role;

/**
 * One incident: record or edit its fields (with a map picker), and its sources, casualty figures
 * per source, persons and history. Times are entered and shown in UTC.
 */
@Named
@ViewScoped
public class IncidentPageView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Incidents incidents;

  @Inject IncidentParticulars particulars;

  @Inject Cases cases;

  @Inject Caller caller;

  /** What later modules add to the page (evidence...), without intake knowing them. */
  @Inject Instance<IncidentSection> sections;

  // Transient: Weld does not passivate an injected configuration value; after the session moved
  // to another instance the getter reads it again.
  @Inject
  @ConfigProperty(name = "evidentia.map.tiles")
  transient String tiles;

  @Inject
  @ConfigProperty(name = "evidentia.map.attribution")
  transient String attribution;

  private String id;
  private String caseId;
  private CaseView caseFile;
  private IncidentView incident;

  /** Set once the first save of a new incident succeeded: a second click records nothing more. */
  private boolean recorded;

  /**
   * Possible duplicates found at the first save; the caseworker decides before anything is saved.
   */
  private List<IncidentView> similar = List.of();

  private boolean similarChecked;

  private String title;
  private String narrative;
  private LocalDateTime from;
  private LocalDateTime to;
  private DatePrecision precision = DatePrecision.EXACT;
  private String placeName;
  private String country = "Ukraine";
  private String region;
  private String district;
  private String locality;
  private Double latitude;
  private Double longitude;
  private LocationPrecision locationPrecision;
  private String type;
  private String weapon;
  private String target;
  private String perpetrator;

  private SourceKind sourceKind;
  private String sourceName;
  private String sourceReference;
  private String sourceUrl;
  private LocalDate sourcePublishedOn;

  private String claimSourceId;
  private LocalDate claimAsOf;
  private Population claimPopulation = Population.ALL;
  private Integer killedMin;
  private Integer killedMax;
  private Integer injuredMin;
  private Integer injuredMax;
  private String claimNote;

  private PersonRole personRole;
  private AgeGroup personAgeGroup = AgeGroup.UNKNOWN;
  private String personSex;
  private String personName;
  private String personContact;
  private String personNotes;
  private boolean consentInternal;
  private boolean consentProsecutors;
  private boolean consentPublication;
  private LocalDate consentGivenOn;

  private transient List<SourceView> sources;
  private transient List<ClaimView> claims;
  private transient List<ClaimSpread> spread;
  private transient List<PersonView> persons;
  private transient List<IncidentRevisionView> history;

  /** Loads the incident (or the case of a new one), or answers 404 as if it did not exist. */
  public void load() {
    try {
      if (id != null && !id.isBlank()) {
        incident = incidents.get(id);
        caseId = incident.caseId();
        caseFile = cases.get(caseId);
        fill(incident);
      } else {
        caseFile = cases.get(caseId);
      }
    } catch (NotFoundException e) {
      Feedback.notFound();
    }
  }

  private void fill(IncidentView v) {
    title = v.title();
    narrative = v.narrative();
    from = utc(v.occurred().from());
    to = utc(v.occurred().to());
    precision = v.occurred().precision();
    Location at = v.location();
    placeName = at.placeName();
    country = at.country();
    region = at.region();
    district = at.district();
    locality = at.locality();
    latitude = at.latitude();
    longitude = at.longitude();
    locationPrecision = at.precision();
    type = v.incidentType();
    weapon = v.weapon();
    target = v.target();
    perpetrator = v.allegedPerpetrator();
  }

  private static LocalDateTime utc(java.time.Instant instant) {
    return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  private IncidentInput input() {
    return new IncidentInput(
        title,
        narrative,
        new Occurred(
            from == null ? null : from.toInstant(ZoneOffset.UTC),
            to == null ? null : to.toInstant(ZoneOffset.UTC),
            precision),
        new Location(
            placeName, country, region, district, locality, latitude, longitude, locationPrecision),
        type,
        weapon,
        target,
        perpetrator,
        incident == null ? null : incident.version());
  }

  public void save() {
    if (recorded) {
      return;
    }
    try {
      if (incident == null) {
        if (!similarChecked) {
          similar = incidents.similar(caseId, input().occurred(), input().location());
          similarChecked = true;
          if (!similar.isEmpty()) {
            return;
          }
        }
        IncidentView created = incidents.record(caseId, input());
        recorded = true;
        Feedback.info(Pages.text("incident.recorded"));
        Pages.redirect("/intake/incident.xhtml?id=" + created.id());
      } else {
        incident = incidents.edit(incident.id(), input());
        fill(incident);
        history = null;
        Feedback.info(Pages.text("incident.saved"));
      }
    } catch (DomainException e) {
      Feedback.refused("incident", e);
    }
  }

  /** After the duplicate warning: record it as a new incident linked to the same event. */
  public void saveAsSameEventAs(IncidentView other) {
    if (recorded) {
      return;
    }
    try {
      IncidentView created = incidents.record(caseId, input());
      recorded = true;
      incidents.linkSameEvent(created.id(), other.id());
      Feedback.info(Pages.text("incident.recorded"));
      Pages.redirect("/intake/incident.xhtml?id=" + created.id());
    } catch (DomainException e) {
      Feedback.refused("incident", e);
    }
  }

  public List<IncidentView> getSimilar() {
    return similar;
  }

  public void addSource() {
    try {
      particulars.addSource(
          incident.id(),
          new NewSource(sourceKind, sourceName, sourceReference, sourceUrl, sourcePublishedOn));
      sourceKind = null;
      sourceName = null;
      sourceReference = null;
      sourceUrl = null;
      sourcePublishedOn = null;
      sources = null;
      Feedback.info(Pages.text("sources.added"));
    } catch (DomainException e) {
      Feedback.refused("newSource", e);
    }
  }

  public void grade(SourceView source, Reliability reliability) {
    try {
      particulars.grade(source.id(), reliability);
      sources = null;
      Feedback.info(Pages.text("sources.graded"));
    } catch (DomainException e) {
      Feedback.refused("sources", e);
    }
  }

  public void addClaim() {
    try {
      particulars.addClaim(
          incident.id(),
          new NewClaim(
              claimSourceId,
              claimAsOf,
              claimPopulation,
              range(killedMin, killedMax),
              range(injuredMin, injuredMax),
              claimNote));
      killedMin = null;
      killedMax = null;
      injuredMin = null;
      injuredMax = null;
      claimNote = null;
      claims = null;
      spread = null;
      Feedback.info(Pages.text("claims.added"));
    } catch (DomainException e) {
      Feedback.refused("newClaim", e);
    }
  }

  private static Range range(Integer min, Integer max) {
    return min == null && max == null ? null : new Range(min, max);
  }

  public void addPerson() {
    try {
      ProtectedIdentity identity =
          personName == null && personContact == null && personNotes == null
              ? null
              : new ProtectedIdentity(personName, personContact, personNotes);
      PersonView added =
          particulars.addPerson(
              incident.id(),
              new NewPerson(
                  personRole,
                  personAgeGroup,
                  personSex,
                  identity,
                  new Consent(
                      consentInternal,
                      consentProsecutors,
                      consentPublication,
                      consentGivenOn,
                      null)));
      personName = null;
      personContact = null;
      personNotes = null;
      personSex = null;
      persons = null;
      Feedback.info(Pages.text("persons.added", added.pseudonym()));
    } catch (DomainException e) {
      Feedback.refused("newPerson", e);
    }
  }

  /** The person withdraws every consent today; what they had agreed to stays in the audit log. */
  public void withdrawConsent(PersonView person) {
    try {
      Consent now = person.consent();
      particulars.changeConsent(
          person.id(),
          new Consent(
              false,
              false,
              false,
              now.givenOn(),
              java.time.LocalDate.now(java.time.ZoneOffset.UTC)));
      persons = null;
      Feedback.info(Pages.text("persons.withdrawn", person.pseudonym()));
    } catch (DomainException e) {
      Feedback.refused("persons", e);
    }
  }

  public boolean isNew() {
    return incident == null;
  }

  /** Caseworkers edit while the incident is open for editing; nobody edits a closed one. */
  public boolean isEditable() {
    return caller.hasRole(Role.CASEWORKER)
        && (incident == null || Incident.EDITABLE.contains(incident.status()));
  }

  /** A withdrawal of consent is recorded whatever the incident's review status. */
  public boolean isConsentChangeable() {
    return caller.hasRole(Role.CASEWORKER) && incident != null;
  }

  public boolean isReviewer() {
    return caller.hasRole(Role.REVIEWER);
  }

  public List<SourceView> getSources() {
    if (sources == null && incident != null) {
      sources = particulars.sources(incident.id());
    }
    return sources;
  }

  public List<ClaimView> getClaims() {
    if (claims == null && incident != null) {
      claims = particulars.claims(incident.id());
    }
    return claims;
  }

  public List<ClaimSpread> getSpread() {
    if (spread == null && incident != null) {
      spread = particulars.spread(incident.id());
    }
    return spread;
  }

  public List<PersonView> getPersons() {
    if (persons == null && incident != null) {
      persons = particulars.persons(incident.id());
    }
    return persons;
  }

  public List<IncidentRevisionView> getHistory() {
    if (history == null && incident != null) {
      history = incidents.history(incident.id());
    }
    return history;
  }

  /** A figure as people read it: {@code 8}, {@code 8-16}, or a dash when unknown. */
  public String figure(Range range) {
    if (range == null) {
      return "–";
    }
    return range.min().equals(range.max())
        ? range.min().toString()
        : range.min() + "–" + range.max();
  }

  /** The fragments other modules add below the incident's own sections, in their order. */
  public List<IncidentSection> getSections() {
    return sections.stream().sorted(Comparator.comparingInt(IncidentSection::order)).toList();
  }

  public SourceKind[] getSourceKinds() {
    return SourceKind.values();
  }

  public Reliability[] getReliabilities() {
    return Reliability.values();
  }

  public Population[] getPopulations() {
    return Population.values();
  }

  public PersonRole[] getPersonRoles() {
    return PersonRole.values();
  }

  public AgeGroup[] getAgeGroups() {
    return AgeGroup.values();
  }

  public DatePrecision[] getPrecisions() {
    return DatePrecision.values();
  }

  public LocationPrecision[] getLocationPrecisions() {
    return LocationPrecision.values();
  }

  public String getTiles() {
    if (tiles == null) {
      tiles = ConfigProvider.getConfig().getValue("evidentia.map.tiles", String.class);
    }
    return tiles;
  }

  public String getAttribution() {
    if (attribution == null) {
      attribution = ConfigProvider.getConfig().getValue("evidentia.map.attribution", String.class);
    }
    return attribution;
  }

  public IncidentView getIncident() {
    return incident;
  }

  public CaseView getCaseFile() {
    return caseFile;
  }

  // Form fields.

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getCaseId() {
    return caseId;
  }

  public void setCaseId(String caseId) {
    this.caseId = caseId;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getNarrative() {
    return narrative;
  }

  public void setNarrative(String narrative) {
    this.narrative = narrative;
  }

  public LocalDateTime getFrom() {
    return from;
  }

  public void setFrom(LocalDateTime from) {
    this.from = from;
  }

  public LocalDateTime getTo() {
    return to;
  }

  public void setTo(LocalDateTime to) {
    this.to = to;
  }

  public DatePrecision getPrecision() {
    return precision;
  }

  public void setPrecision(DatePrecision precision) {
    this.precision = precision;
  }

  public String getPlaceName() {
    return placeName;
  }

  public void setPlaceName(String placeName) {
    this.placeName = placeName;
  }

  public String getCountry() {
    return country;
  }

  public void setCountry(String country) {
    this.country = country;
  }

  public String getRegion() {
    return region;
  }

  public void setRegion(String region) {
    this.region = region;
  }

  public String getDistrict() {
    return district;
  }

  public void setDistrict(String district) {
    this.district = district;
  }

  public String getLocality() {
    return locality;
  }

  public void setLocality(String locality) {
    this.locality = locality;
  }

  public Double getLatitude() {
    return latitude;
  }

  public void setLatitude(Double latitude) {
    this.latitude = latitude;
  }

  public Double getLongitude() {
    return longitude;
  }

  public void setLongitude(Double longitude) {
    this.longitude = longitude;
  }

  public LocationPrecision getLocationPrecision() {
    return locationPrecision;
  }

  public void setLocationPrecision(LocationPrecision locationPrecision) {
    this.locationPrecision = locationPrecision;
  }

  public String getType() {
    return type;
  }

  public void setType(String type) {
    this.type = type;
  }

  public String getWeapon() {
    return weapon;
  }

  public void setWeapon(String weapon) {
    this.weapon = weapon;
  }

  public String getTarget() {
    return target;
  }

  public void setTarget(String target) {
    this.target = target;
  }

  public String getPerpetrator() {
    return perpetrator;
  }

  public void setPerpetrator(String perpetrator) {
    this.perpetrator = perpetrator;
  }

  public SourceKind getSourceKind() {
    return sourceKind;
  }

  public void setSourceKind(SourceKind sourceKind) {
    this.sourceKind = sourceKind;
  }

  public String getSourceName() {
    return sourceName;
  }

  public void setSourceName(String sourceName) {
    this.sourceName = sourceName;
  }

  public String getSourceReference() {
    return sourceReference;
  }

  public void setSourceReference(String sourceReference) {
    this.sourceReference = sourceReference;
  }

  public String getSourceUrl() {
    return sourceUrl;
  }

  public void setSourceUrl(String sourceUrl) {
    this.sourceUrl = sourceUrl;
  }

  public LocalDate getSourcePublishedOn() {
    return sourcePublishedOn;
  }

  public void setSourcePublishedOn(LocalDate sourcePublishedOn) {
    this.sourcePublishedOn = sourcePublishedOn;
  }

  public String getClaimSourceId() {
    return claimSourceId;
  }

  public void setClaimSourceId(String claimSourceId) {
    this.claimSourceId = claimSourceId;
  }

  public LocalDate getClaimAsOf() {
    return claimAsOf;
  }

  public void setClaimAsOf(LocalDate claimAsOf) {
    this.claimAsOf = claimAsOf;
  }

  public Population getClaimPopulation() {
    return claimPopulation;
  }

  public void setClaimPopulation(Population claimPopulation) {
    this.claimPopulation = claimPopulation;
  }

  public Integer getKilledMin() {
    return killedMin;
  }

  public void setKilledMin(Integer killedMin) {
    this.killedMin = killedMin;
  }

  public Integer getKilledMax() {
    return killedMax;
  }

  public void setKilledMax(Integer killedMax) {
    this.killedMax = killedMax;
  }

  public Integer getInjuredMin() {
    return injuredMin;
  }

  public void setInjuredMin(Integer injuredMin) {
    this.injuredMin = injuredMin;
  }

  public Integer getInjuredMax() {
    return injuredMax;
  }

  public void setInjuredMax(Integer injuredMax) {
    this.injuredMax = injuredMax;
  }

  public String getClaimNote() {
    return claimNote;
  }

  public void setClaimNote(String claimNote) {
    this.claimNote = claimNote;
  }

  public PersonRole getPersonRole() {
    return personRole;
  }

  public void setPersonRole(PersonRole personRole) {
    this.personRole = personRole;
  }

  public AgeGroup getPersonAgeGroup() {
    return personAgeGroup;
  }

  public void setPersonAgeGroup(AgeGroup personAgeGroup) {
    this.personAgeGroup = personAgeGroup;
  }

  public String getPersonSex() {
    return personSex;
  }

  public void setPersonSex(String personSex) {
    this.personSex = personSex;
  }

  public String getPersonName() {
    return personName;
  }

  public void setPersonName(String personName) {
    this.personName = personName;
  }

  public String getPersonContact() {
    return personContact;
  }

  public void setPersonContact(String personContact) {
    this.personContact = personContact;
  }

  public String getPersonNotes() {
    return personNotes;
  }

  public void setPersonNotes(String personNotes) {
    this.personNotes = personNotes;
  }

  public boolean isConsentInternal() {
    return consentInternal;
  }

  public void setConsentInternal(boolean consentInternal) {
    this.consentInternal = consentInternal;
  }

  public boolean isConsentProsecutors() {
    return consentProsecutors;
  }

  public void setConsentProsecutors(boolean consentProsecutors) {
    this.consentProsecutors = consentProsecutors;
  }

  public boolean isConsentPublication() {
    return consentPublication;
  }

  public void setConsentPublication(boolean consentPublication) {
    this.consentPublication = consentPublication;
  }

  public LocalDate getConsentGivenOn() {
    return consentGivenOn;
  }

  public void setConsentGivenOn(LocalDate consentGivenOn) {
    this.consentGivenOn = consentGivenOn;
  }
}
