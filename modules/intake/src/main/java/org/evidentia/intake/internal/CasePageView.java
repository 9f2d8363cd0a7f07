package org.evidentia.intake.internal;

import jakarta.enterprise.inject.Instance;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.evidentia.intake.api.CaseView;
import org.evidentia.intake.api.Cases;
import org.evidentia.intake.api.Enums.IncidentStatus;
import org.evidentia.intake.api.IncidentFigures;
import org.evidentia.intake.api.IncidentFilter;
import org.evidentia.intake.api.IncidentParticulars;
import org.evidentia.intake.api.IncidentView;
import org.evidentia.intake.api.Incidents;
import org.evidentia.intake.api.TeamChange;
import org.evidentia.intake.api.TeamMemberView;
import org.evidentia.kernel.Caller;
import org.evidentia.kernel.CaseSection;
import org.evidentia.kernel.DomainException;
import org.evidentia.kernel.Feedback;
import org.evidentia.kernel.LazyPages;
import org.evidentia.kernel.NotFoundException;
import org.evidentia.kernel.PageRequest;
import org.evidentia.kernel.Role;
import org.primefaces.model.LazyDataModel;

/** A case: its incidents (filtered, sorted, paged in the database), its team, its map. */
@Named
@ViewScoped
public class CasePageView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int MAP_LIMIT = 200;

  @Inject Cases cases;

  @Inject Incidents incidents;

  @Inject Caller caller;

  @Inject IncidentParticulars particulars;

  /** What later modules add to the page (the evidence matrix...), without intake knowing them. */
  @Inject Instance<CaseSection> sections;

  private transient List<IncidentFigures> figures;

  // Transient: Weld does not passivate an injected configuration value; after the session moved
  // to another instance the getter reads it again.
  @Inject
  @ConfigProperty(name = "evidentia.map.tiles")
  transient String tiles;

  @Inject
  @ConfigProperty(name = "evidentia.map.attribution")
  transient String attribution;

  private String id;
  private CaseView caseFile;
  private List<TeamMemberView> team;

  private IncidentStatus status;
  private String type;
  private String region;
  private LocalDate from;
  private LocalDate to;
  private String query;

  private String memberUsername;
  private boolean memberProtected;
  private String password;

  private final LazyDataModel<IncidentView> rows =
      new LazyPages<>(
          request -> incidents.list(filter(), request),
          Incidents.SORTABLE,
          () -> query,
          IncidentView::id);

  /** Loads the case, or answers 404 exactly as for a case that does not exist. */
  public void load() {
    try {
      caseFile = cases.get(id);
      team = cases.team(id);
    } catch (NotFoundException e) {
      Feedback.notFound();
    }
  }

  private IncidentFilter filter() {
    return new IncidentFilter(
        id,
        status,
        type == null || type.isBlank() ? null : type,
        region == null || region.isBlank() ? null : region.strip(),
        from == null ? null : from.atStartOfDay().toInstant(ZoneOffset.UTC),
        to == null ? null : to.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC).minusMillis(1));
  }

  /** The incidents with coordinates as JSON for the map script: id, title, lat, lon. */
  public String getMapPoints() {
    JsonArrayBuilder points = Json.createArrayBuilder();
    incidents
        .list(IncidentFilter.ofCase(id), new PageRequest(0, MAP_LIMIT, null, null))
        .items()
        .stream()
        .filter(i -> i.location().latitude() != null)
        .forEach(
            i ->
                points.add(
                    Json.createObjectBuilder()
                        .add("id", i.id())
                        .add("title", i.title())
                        .add("lat", i.location().latitude())
                        .add("lon", i.location().longitude())));
    return points.build().toString();
  }

  public List<IncidentFigures> getFigures() {
    if (figures == null && caseFile != null) {
      figures = particulars.caseFigures(id);
    }
    return figures;
  }

  /** A figure as people read it: {@code 8}, {@code 8-16}, or a dash when unknown. */
  public String figure(org.evidentia.intake.api.Range range) {
    return Figures.text(range);
  }

  public void saveMember() {
    try {
      TeamMemberView saved =
          cases.putMember(
              id,
              memberUsername == null ? null : memberUsername.strip(),
              new TeamChange(memberProtected, password));
      Feedback.info(Pages.text("team.saved", saved.username()));
      memberUsername = null;
      memberProtected = false;
      team = cases.team(id);
    } catch (DomainException e) {
      Feedback.refused("team", e);
    } finally {
      password = null;
    }
  }

  public void removeMember(String username) {
    try {
      cases.removeMember(id, username);
      Feedback.info(Pages.text("team.removed", username));
      team = cases.team(id);
    } catch (DomainException e) {
      Feedback.refused("team", e);
    }
  }

  public boolean isCaseworker() {
    return caller.hasRole(Role.CASEWORKER) || caller.hasRole(Role.ADMIN);
  }

  public boolean isMayRecord() {
    return caller.hasRole(Role.CASEWORKER);
  }

  public IncidentStatus[] getStatuses() {
    return IncidentStatus.values();
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

  public LazyDataModel<IncidentView> getRows() {
    return rows;
  }

  public CaseView getCaseFile() {
    return caseFile;
  }

  /** The fragments other modules add above the case's tabs, in their order. */
  public List<CaseSection> getSections() {
    return sections.stream().sorted(Comparator.comparingInt(CaseSection::order)).toList();
  }

  public List<TeamMemberView> getTeam() {
    return team;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public IncidentStatus getStatus() {
    return status;
  }

  public void setStatus(IncidentStatus status) {
    this.status = status;
  }

  public String getType() {
    return type;
  }

  public void setType(String type) {
    this.type = type;
  }

  public String getRegion() {
    return region;
  }

  public void setRegion(String region) {
    this.region = region;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }

  public String getQuery() {
    return query;
  }

  public void setQuery(String query) {
    this.query = query;
  }

  public String getMemberUsername() {
    return memberUsername;
  }

  public void setMemberUsername(String memberUsername) {
    this.memberUsername = memberUsername;
  }

  public boolean isMemberProtected() {
    return memberProtected;
  }

  public void setMemberProtected(boolean memberProtected) {
    this.memberProtected = memberProtected;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
