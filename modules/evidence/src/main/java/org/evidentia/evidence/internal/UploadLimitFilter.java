package org.evidentia.evidence.internal;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.evidentia.evidence.api.Evidence;

/**
 * Refuses a page's multipart upload over the evidence limit with 413 before the servlet container
 * spools it to disk. The page checks the size before sending and {@link Evidence#upload} checks it
 * again; this keeps a client that skips both from filling the temporary directory. The container's
 * own ceiling ({@code max-request-size} in web.xml) catches bodies without a length.
 */
@WebFilter(urlPatterns = "*.xhtml")
public class UploadLimitFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  /** Room for the form's other fields and the multipart framing around one file. */
  static final long OVERHEAD = 1024 * 1024;

  private static final long DRAIN = 4 * 1024 * 1024;

  /**
   * The bundle module's pages take whole case bundles, which hold many evidence files: only the
   * container's ceiling (4 GiB, web.xml) applies there.
   */
  static final String WHOLE_BUNDLES = "/bundle/";

  @Inject transient Evidence evidence;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String type = request.getContentType();
    if ("POST".equals(request.getMethod())
        && type != null
        && type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")
        && !request.getServletPath().startsWith(WHOLE_BUNDLES)
        && request.getContentLengthLong() > evidence.maxSize() + OVERHEAD) {
      drain(request);
      response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
      return;
    }
    chain.doFilter(request, response);
  }

  /**
   * Reads on a little before refusing, so a client slightly over the limit gets the 413 instead of
   * a connection reset; a client far over it is cut off.
   */
  private static void drain(HttpServletRequest request) {
    byte[] sink = new byte[64 * 1024];
    long left = DRAIN;
    try (var body = request.getInputStream()) {
      int n;
      while (left > 0 && (n = body.read(sink, 0, (int) Math.min(sink.length, left))) != -1) {
        left -= n;
      }
    } catch (IOException e) {
      // the client is gone; the refusal stands
    }
  }
}
