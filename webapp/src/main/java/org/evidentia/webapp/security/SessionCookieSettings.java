package org.evidentia.webapp.security;

import jakarta.servlet.ServletContainerInitializer;
import jakarta.servlet.ServletContext;
import java.util.Set;

/**
 * The session cookie is marked Secure when configuration says the browser reaches Evidentia over
 * TLS ending at a proxy ({@code evidentia.http.behind-tls}): the container itself only sees plain
 * HTTP there and would leave the flag off. A request that reaches the container over HTTPS gets the
 * flag from the container anyway. Set before the application starts, as the Servlet API requires.
 */
public class SessionCookieSettings implements ServletContainerInitializer {

  @Override
  public void onStartup(Set<Class<?>> classes, ServletContext context) {
    configure(context, SecurityHeadersFilter.behindTls());
  }

  static void configure(ServletContext context, boolean behindTls) {
    context.getSessionCookieConfig().setHttpOnly(true);
    if (behindTls) {
      context.getSessionCookieConfig().setSecure(true);
    }
  }
}
