package org.evidentia.webapp.security;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The address a request came from, as throttling, sessions and the audit log record it. Behind the
 * TLS proxy that {@code evidentia.http.behind-tls} announces, every request arrives from the proxy;
 * the client is then the last entry of {@code X-Forwarded-For}, the one our own proxy appended
 * (earlier entries come from the client and prove nothing). Without such a proxy the header is
 * ignored: anyone could send it.
 */
public final class ClientAddress {

  private static final int MAX_LENGTH = 64;

  private static volatile Boolean behindProxy;

  private ClientAddress() {}

  public static String of(HttpServletRequest request) {
    return of(request, behindProxy());
  }

  static String of(HttpServletRequest request, boolean behindProxy) {
    String direct = request.getRemoteAddr();
    if (!behindProxy) {
      return direct;
    }
    String forwarded = request.getHeader("X-Forwarded-For");
    if (forwarded == null || forwarded.isBlank()) {
      return direct;
    }
    String last = forwarded.substring(forwarded.lastIndexOf(',') + 1).strip();
    // Only what can be an IPv4 or IPv6 address: the value goes into logs and the audit trail.
    if (last.isEmpty() || last.length() > MAX_LENGTH || !last.matches("[0-9A-Fa-f:.]+")) {
      return direct;
    }
    return last;
  }

  private static boolean behindProxy() {
    Boolean known = behindProxy;
    if (known == null) {
      known = SecurityHeadersFilter.behindTls();
      behindProxy = known;
    }
    return known;
  }
}
