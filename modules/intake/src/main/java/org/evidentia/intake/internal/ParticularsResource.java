package org.evidentia.intake.internal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.evidentia.intake.api.Consent;
import org.evidentia.intake.api.Enums.Reliability;
import org.evidentia.intake.api.IncidentParticulars;
import org.evidentia.intake.api.PersonView;
import org.evidentia.intake.api.SourceView;
import org.evidentia.intake.api.Vocabularies;
import org.evidentia.intake.api.VocabularyTermView;

/** Sources' grades, persons by id, and the controlled vocabularies. */
@Path("")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ParticularsResource {

  /** The body of a grade: {@code {"reliability": "B"}}. */
  public record Grade(Reliability reliability) {}

  @Inject IncidentParticulars particulars;

  @Inject Vocabularies vocabularies;

  @PUT
  @Path("sources/{id}/grade")
  @Consumes(MediaType.APPLICATION_JSON)
  public SourceView grade(@PathParam("id") String id, Grade grade) {
    return particulars.grade(id, grade == null ? null : grade.reliability());
  }

  @GET
  @Path("persons/{id}")
  public PersonView person(@PathParam("id") String id) {
    return particulars.person(id);
  }

  @PUT
  @Path("persons/{id}/consent")
  @Consumes(MediaType.APPLICATION_JSON)
  public PersonView changeConsent(@PathParam("id") String id, Consent consent) {
    return particulars.changeConsent(id, consent);
  }

  @GET
  @Path("vocabularies/{name}")
  public List<VocabularyTermView> vocabulary(@PathParam("name") String name) {
    return vocabularies.terms(name);
  }

  /** The body of a term: {@code {"labels": {"en": "...", "uk": "..."}, "active": true}}. */
  public record Term(java.util.Map<String, String> labels, Boolean active) {}

  @PUT
  @Path("vocabularies/{name}/{code}")
  @Consumes(MediaType.APPLICATION_JSON)
  public VocabularyTermView saveTerm(
      @PathParam("name") String name, @PathParam("code") String code, Term term) {
    java.util.Map<String, String> labels =
        term == null || term.labels() == null ? java.util.Map.of() : term.labels();
    return vocabularies.save(
        name,
        code,
        labels.get("en"),
        labels.get("uk"),
        term == null || term.active() == null || term.active());
  }
}
