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
import org.evidentia.intake.api.Enums.Reliability;
import org.evidentia.intake.api.IncidentParticulars;
import org.evidentia.intake.api.Incidents;
import org.evidentia.intake.api.PersonView;
import org.evidentia.intake.api.SourceView;
import org.evidentia.intake.api.VocabularyTermView;

/** Sources' grades, persons by id, and the controlled vocabularies. */
@Path("")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ParticularsResource {

  /** The body of a grade: {@code {"reliability": "B"}}. */
  public record Grade(Reliability reliability) {}

  @Inject IncidentParticulars particulars;

  @Inject Incidents incidents;

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

  @GET
  @Path("vocabularies/{name}")
  public List<VocabularyTermView> vocabulary(@PathParam("name") String name) {
    return incidents.vocabulary(name);
  }
}
