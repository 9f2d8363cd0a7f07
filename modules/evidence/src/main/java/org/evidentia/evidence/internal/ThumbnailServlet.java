package org.evidentia.evidence.internal;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.evidentia.evidence.api.Evidence;
import org.evidentia.evidence.api.EvidenceContent;
import org.evidentia.kernel.NotFoundException;

/**
 * {@code /evidence/thumbnail?id=...}: an item's thumbnail (a JPEG working copy) for the pages,
 * under the page login (the API's thumbnail takes only bearer tokens). Reading it is no custody
 * event; the service checks the case team like every read, and answers anyone else "not found".
 */
@WebServlet("/evidence/thumbnail")
public class ThumbnailServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient Evidence evidence;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String id = request.getParameter("id");
    Optional<EvidenceContent> thumbnail;
    try {
      thumbnail = id == null || id.isBlank() ? Optional.empty() : evidence.openThumbnail(id);
    } catch (NotFoundException e) {
      thumbnail = Optional.empty();
    }
    if (thumbnail.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    EvidenceContent content = thumbnail.get();
    response.setContentType("image/jpeg");
    response.setContentLengthLong(content.size());
    response.setHeader("X-Content-Type-Options", "nosniff");
    // Shown by <img>, which ignores both; opened on its own it is a download in a sandbox.
    response.setHeader("Content-Disposition", FileNames.attachment(content.fileName()));
    response.setHeader("Content-Security-Policy", "sandbox");
    // Pictures of a case stay out of shared caches and off the disk of a borrowed computer.
    response.setHeader("Cache-Control", "private, no-store");
    try (InputStream in = content.opener().open()) {
      in.transferTo(response.getOutputStream());
    }
  }
}
