package org.evidentia.bundle.internal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import org.evidentia.bundle.api.BundleOptions;
import org.evidentia.bundle.api.BundleView;
import org.evidentia.bundle.api.Bundles;
import org.evidentia.kernel.Page;
import org.evidentia.kernel.PageRequest;

/**
 * {@code /api/v1/cases/{id}/bundles} and {@code /api/v1/bundles/{id}}: export in the background
 * (202 with a Location to poll), status and progress, the finished ZIP.
 */
public final class BundlesResource {

  private BundlesResource() {}

  /** A restart may carry the password again, when the export reveals identities. */
  public record Restart(String password) {}

  /** Exports of one case. */
  @Path("cases/{id}/bundles")
  @RequestScoped
  @Produces(MediaType.APPLICATION_JSON)
  public static class OfCase {

    @Inject Bundles bundles;

    @Context UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response export(@PathParam("id") String caseId, @Valid BundleOptions options) {
      BundleView queued = bundles.export(caseId, options);
      return Response.accepted(queued)
          .location(uri.getBaseUriBuilder().path("bundles/" + queued.id()).build())
          .build();
    }

    @GET
    public Page<BundleView> list(
        @PathParam("id") String caseId,
        @QueryParam("page") Integer page,
        @QueryParam("size") Integer size,
        @QueryParam("sort") String sort,
        @QueryParam("q") String q) {
      return bundles.ofCase(caseId, PageRequest.of(page, size, sort, q, Bundles.SORTABLE));
    }
  }

  /** One export. */
  @Path("bundles")
  @RequestScoped
  @Produces(MediaType.APPLICATION_JSON)
  public static class One {

    @Inject Bundles bundles;

    @GET
    @Path("{id}")
    public BundleView get(@PathParam("id") String id) {
      return bundles.get(id);
    }

    @POST
    @Path("{id}/restart")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response restart(@PathParam("id") String id, Restart restart) {
      return Response.accepted(bundles.restart(id, restart == null ? null : restart.password()))
          .build();
    }

    @GET
    @Path("{id}/content")
    @Produces("application/zip")
    public Response content(@PathParam("id") String id) {
      Bundles.Download download = bundles.download(id);
      StreamingOutput body =
          out -> {
            try (InputStream in = download.opener().open()) {
              in.transferTo(out);
            }
          };
      String ascii = download.fileName().replaceAll("[^A-Za-z0-9._-]", "_");
      return Response.ok(body, "application/zip")
          .header("Content-Length", download.size())
          .header(
              "Content-Disposition",
              "attachment; filename=\""
                  + ascii
                  + "\"; filename*=UTF-8''"
                  + URLEncoder.encode(download.fileName(), StandardCharsets.UTF_8))
          .header(
              "Digest",
              "sha-256="
                  + Base64.getEncoder().encodeToString(HexFormat.of().parseHex(download.sha256())))
          .build();
    }
  }
}
