package org.evidentia.webapp.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import org.junit.jupiter.api.Test;

class ClientAddressTest {

  @Test
  void forwardedForCountsOnlyBehindAConfiguredProxy() {
    HttpServletRequest forwarded = request("203.0.113.9");
    assertThat(ClientAddress.of(forwarded, false)).isEqualTo("127.0.0.1");
    assertThat(ClientAddress.of(forwarded, true)).isEqualTo("203.0.113.9");
    assertThat(ClientAddress.of(request(null), true)).isEqualTo("127.0.0.1");
  }

  @Test
  void onlyTheEntryOurProxyAppendedCounts() {
    // The client may send its own X-Forwarded-For; the proxy appends the address it saw.
    assertThat(ClientAddress.of(request("10.9.9.9, 198.51.100.4"), true)).isEqualTo("198.51.100.4");
    assertThat(ClientAddress.of(request("2001:db8::1"), true)).isEqualTo("2001:db8::1");
  }

  @Test
  void anythingButAnAddressIsIgnored() {
    assertThat(ClientAddress.of(request("1.2.3.4\r\nLOGIN_SUCCEEDED admin"), true))
        .isEqualTo("127.0.0.1");
    assertThat(ClientAddress.of(request("evil.example"), true)).isEqualTo("127.0.0.1");
    assertThat(ClientAddress.of(request("1.2.3.4,"), true)).isEqualTo("127.0.0.1");
  }

  private static HttpServletRequest request(String forwardedFor) {
    return (HttpServletRequest)
        Proxy.newProxyInstance(
            ClientAddressTest.class.getClassLoader(),
            new Class<?>[] {HttpServletRequest.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "getRemoteAddr" -> "127.0.0.1";
                  case "getHeader" -> "X-Forwarded-For".equals(args[0]) ? forwardedFor : null;
                  default -> null;
                });
  }
}
