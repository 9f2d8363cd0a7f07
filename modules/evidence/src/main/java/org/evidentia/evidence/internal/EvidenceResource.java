package org.evidentia.evidence.internal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.evidentia.evidence.api.CustodyEventView;
import org.evidentia.evidence.api.Evidence;
import org.evidentia.evidence.api.EvidenceContent;
import org.evidentia.evidence.api.EvidenceView;
import org.evidentia.evidence.api.IntegrityResult;
import org.evidentia.kernel.NotFoundException;

/** {@code /api/v1/evidence/{id}}: an item, its bytes, its custody, its integrity check. */
@Path("evidence")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class EvidenceResource {

  @Inject Evidence evidence;

  @GET
  @Path("{id}")
  public EvidenceView get(@PathParam("id") String id) {
    return evidence.get(id);
  }

  /**
   * The original bytes, streamed and hashed on the way: bytes that are no longer those received
   * break the transfer before its end (and are recorded as an integrity failure); an item that
   * already failed its integrity check is refused with 409. Recorded as DOWNLOADED.
   */
  @GET
  @Path("{id}/content")
  @Produces(MediaType.WILDCARD)
  public Response content(@PathParam("id") String id) {
    EvidenceContent content = evidence.openContent(id);
    if (MediaTypes.isActive(content.mediaType())) {
      // HTML, SVG, XML or script from an uploader is never rendered in the application's origin.
      content =
          new EvidenceContent(
              content.fileName(),
              MediaType.APPLICATION_OCTET_STREAM,
              content.size(),
              content.sha256(),
              content.opener());
    }
    return send(content);
  }

  /** A JPEG thumbnail (working copy) of an image; 404 when there is none. */
  @GET
  @Path("{id}/thumbnail")
  @Produces("image/jpeg")
  public Response thumbnail(@PathParam("id") String id) {
    return send(
        evidence.openThumbnail(id).orElseThrow(() -> new NotFoundException("thumbnail", id)));
  }

  @GET
  @Path("{id}/custody")
  public List<CustodyEventView> custody(@PathParam("id") String id) {
    return evidence.custody(id);
  }

  @POST
  @Path("{id}/integrity-check")
  public IntegrityResult check(@PathParam("id") String id) {
    return evidence.checkIntegrity(id);
  }

  private static Response send(EvidenceContent content) {
    StreamingOutput body =
        out -> {
          try (InputStream in = content.opener().open()) {
            in.transferTo(out);
          }
        };
    Response.ResponseBuilder response =
        Response.ok(body, content.mediaType())
            .header("Content-Length", content.size())
            .header("Content-Disposition", FileNames.attachment(content.fileName()))
            .header("X-Content-Type-Options", "nosniff")
            // Should a browser still show it, as its own document: no script, no same origin.
            .header("Content-Security-Policy", "sandbox")
            .header("Cache-Control", "no-store");
    if (content.sha256() != null) {
      // RFC 9530: the recipient can check the bytes against the hash taken at receipt.
      response.header(
          "Repr-Digest",
          "sha-256=:"
              + Base64.getEncoder().encodeToString(HexFormat.of().parseHex(content.sha256()))
              + ":");
      // An original whose bytes turn out altered ends before its Content-Length; closing the
      // connection afterwards makes that a broken transfer at once, instead of a client waiting
      // for bytes that never come on a kept-alive connection.
      response.header("Connection", "close");
    }
    return response.build();
  }
}
