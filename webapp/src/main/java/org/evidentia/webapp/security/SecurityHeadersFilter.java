package org.evidentia.webapp.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Headers that every answer carries, pages and API alike: no page may be framed (clickjacking a
 * reviewer's sign-off), no type sniffing (an uploaded file taken for HTML or script), no plugin
 * content, no base URL or form target elsewhere, no full address sent to other sites, and scripts
 * only from the application itself (ADR 21).
 *
 * <p>One Content-Security-Policy header, always. A page's scripts are allowed by PrimeFaces' CSP
 * mode ({@code primefaces.CSP} in web.xml): it adds its own header, {@code script-src 'self'
 * 'nonce-…'}, with a fresh nonce for the scripts of that page. Two headers would both be enforced;
 * instead the response is wrapped so that a policy added later (PrimeFaces' nonce, an evidence
 * answer's {@code sandbox}) joins the fixed part of ours in one header.
 */
@WebFilter(
    urlPatterns = "/*",
    dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.FORWARD})
public class SecurityHeadersFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  static final String CSP = "Content-Security-Policy";

  /** What every answer's policy holds, whatever else is added to it. */
  static final String BASE =
      "frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'";

  /** Scripts of an answer that adds no policy of its own: same origin, no inline, no eval. */
  static final String SCRIPTS = "script-src 'self'";

  static final String POLICY = BASE + "; " + SCRIPTS;

  static final String BEHIND_TLS = "evidentia.http.behind-tls";

  /** A year; sent only over TLS, where the browser takes notice of it. */
  static final String HSTS = "max-age=31536000";

  private boolean behindTls;

  @Override
  public void init() {
    behindTls = behindTls();
  }

  static boolean behindTls() {
    return ConfigProvider.getConfig(SecurityHeadersFilter.class.getClassLoader())
        .getOptionalValue(BEHIND_TLS, Boolean.class)
        .orElse(false);
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    apply(response);
    if (overTls(request, behindTls)) {
      response.setHeader("Strict-Transport-Security", HSTS);
    }
    chain.doFilter(request, new OnePolicy(response));
  }

  /**
   * The browser spoke TLS: to this server, or to a TLS-terminating proxy in front of it. The
   * proxy's X-Forwarded-Proto is believed only when configuration says there is such a proxy;
   * otherwise any client could claim it.
   */
  static boolean overTls(HttpServletRequest request, boolean behindTls) {
    return request.isSecure()
        || behindTls && "https".equalsIgnoreCase(request.getHeader("X-Forwarded-Proto"));
  }

  /** Sets the headers (again, harmlessly, on a response that has them). */
  static void apply(HttpServletResponse response) {
    response.setHeader(CSP, POLICY);
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("X-Content-Type-Options", "nosniff");
    // Map tiles get the origin, as their providers ask; no site gets a page's full address.
    response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
  }

  /**
   * The policy once another one is added: our fixed part and the added directives. An added policy
   * that names its own script-src (PrimeFaces' nonce) replaces our plain one; one that does not
   * (sandbox) keeps it.
   */
  static String join(String added) {
    String extra = added.strip();
    while (extra.endsWith(";")) {
      extra = extra.substring(0, extra.length() - 1).strip();
    }
    if (extra.isEmpty() || extra.equals(POLICY) || extra.startsWith(BASE)) {
      return extra.isEmpty() ? POLICY : extra;
    }
    boolean ownScripts = extra.contains("script-src") || extra.contains("default-src");
    return (ownScripts ? BASE : POLICY) + "; " + extra;
  }

  /** Folds every Content-Security-Policy set or added downstream into our one header. */
  static final class OnePolicy extends HttpServletResponseWrapper {

    OnePolicy(HttpServletResponse response) {
      super(response);
    }

    @Override
    public void setHeader(String name, String value) {
      if (CSP.equalsIgnoreCase(name) && value != null) {
        super.setHeader(CSP, join(value));
      } else {
        super.setHeader(name, value);
      }
    }

    @Override
    public void addHeader(String name, String value) {
      if (CSP.equalsIgnoreCase(name) && value != null) {
        super.setHeader(CSP, join(value));
      } else {
        super.addHeader(name, value);
      }
    }
  }
}
