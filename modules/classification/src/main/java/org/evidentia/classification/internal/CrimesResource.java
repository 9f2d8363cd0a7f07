package org.evidentia.classification.internal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.Locale;
import java.util.Set;
import org.evidentia.classification.api.CrimeEdit;
import org.evidentia.classification.api.CrimeView;
import org.evidentia.classification.api.Taxonomy;
import org.evidentia.kernel.Page;
import org.evidentia.kernel.PageRequest;

/**
 * {@code /api/v1/crimes}: the legal taxonomy with its elements ({@code ?lang=uk} for Ukrainian).
 */
@Path("crimes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CrimesResource {

  @Inject Taxonomy taxonomy;

  @Context HttpHeaders headers;

  @GET
  public Page<CrimeView> search(
      @QueryParam("q") String q,
      @QueryParam("page") Integer page,
      @QueryParam("size") Integer size,
      @QueryParam("lang") String lang) {
    return taxonomy.search(PageRequest.of(page, size, null, q, Set.of()), locale(lang, headers));
  }

  @GET
  @Path("{code}")
  public CrimeView crime(@PathParam("code") String code, @QueryParam("lang") String lang) {
    return taxonomy.crime(code, locale(lang, headers));
  }

  @PUT
  @Path("{code}")
  @Consumes(MediaType.APPLICATION_JSON)
  public CrimeView edit(@PathParam("code") String code, CrimeEdit edit) {
    return taxonomy.edit(code, edit);
  }

  /** {@code lang} if given, else the first acceptable language; English by default. */
  static Locale locale(String lang, HttpHeaders headers) {
    if (lang != null && !lang.isBlank()) {
      return Locale.forLanguageTag(lang);
    }
    return headers == null || headers.getAcceptableLanguages().isEmpty()
        ? Locale.ENGLISH
        : headers.getAcceptableLanguages().get(0);
  }
}
