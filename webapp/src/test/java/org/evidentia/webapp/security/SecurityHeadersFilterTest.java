package org.evidentia.webapp.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import org.junit.jupiter.api.Test;

class SecurityHeadersFilterTest {

  @Test
  void primeFacesNonceReplacesOurPlainScriptSourceInOneHeader() {
    assertThat(SecurityHeadersFilter.join("script-src 'self' 'nonce-abc';"))
        .isEqualTo(SecurityHeadersFilter.BASE + "; script-src 'self' 'nonce-abc'");
  }

  @Test
  void aSandboxKeepsOurScriptSource() {
    assertThat(SecurityHeadersFilter.join("sandbox"))
        .isEqualTo(SecurityHeadersFilter.POLICY + "; sandbox");
  }

  @Test
  void ourOwnPolicySetAgainStaysAsItIs() {
    assertThat(SecurityHeadersFilter.join(SecurityHeadersFilter.POLICY))
        .isEqualTo(SecurityHeadersFilter.POLICY);
  }

  @Test
  void forwardedProtoCountsOnlyBehindAConfiguredProxy() {
    HttpServletRequest forwarded = request(false, "https");
    assertThat(SecurityHeadersFilter.overTls(forwarded, false)).isFalse();
    assertThat(SecurityHeadersFilter.overTls(forwarded, true)).isTrue();
    assertThat(SecurityHeadersFilter.overTls(request(false, "http"), true)).isFalse();
    assertThat(SecurityHeadersFilter.overTls(request(false, null), true)).isFalse();
    assertThat(SecurityHeadersFilter.overTls(request(true, null), false)).isTrue();
  }

  private static HttpServletRequest request(boolean secure, String forwardedProto) {
    return (HttpServletRequest)
        Proxy.newProxyInstance(
            HttpServletRequest.class.getClassLoader(),
            new Class<?>[] {HttpServletRequest.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "isSecure" -> secure;
                  case "getHeader" -> "X-Forwarded-Proto".equals(args[0]) ? forwardedProto : null;
                  default -> throw new UnsupportedOperationException(method.getName());
                });
  }
}
