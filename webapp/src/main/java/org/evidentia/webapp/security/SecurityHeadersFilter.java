package org.evidentia.webapp.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Headers that every answer carries, pages and API alike: no page may be framed (clickjacking a
 * reviewer's sign-off), no type sniffing (an uploaded file taken for HTML or script), no plugin
 * content, no base URL or form target elsewhere, and no full address sent to other sites.
 *
 * <p>Scripts are not restricted here: PrimeFaces pages still use inline scripts; a policy without
 * {@code unsafe-inline} (PrimeFaces' CSP mode) is issue 8's work.
 */
@WebFilter(
    urlPatterns = "/*",
    dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.FORWARD})
public class SecurityHeadersFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  static final String POLICY =
      "frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    apply(response);
    chain.doFilter(request, response);
  }

  /** Sets the headers (again, harmlessly, on a response that has them). */
  static void apply(HttpServletResponse response) {
    response.setHeader("Content-Security-Policy", POLICY);
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("X-Content-Type-Options", "nosniff");
    // Map tiles get the origin, as their providers ask; no site gets a page's full address.
    response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
  }
}
