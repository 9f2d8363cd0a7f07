package org.evidentia.webapp.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.evidentia.kernel.InvalidInputException;
import org.junit.jupiter.api.Test;

class NulInJsonTest {

  private static byte[] readAll(String json, int chunk) throws IOException {
    InputStream in =
        new NulInJson.Watch(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    byte[] buffer = new byte[chunk];
    int n;
    while ((n = in.read(buffer, 0, buffer.length)) > 0) {
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }

  @Test
  void theNulEscapeIsRefusedAlsoAcrossReads() {
    for (int chunk : new int[] {1, 2, 3, 7, 1024}) {
      assertThatThrownBy(() -> readAll("{\"title\":\"a\\u0000b\"}", chunk))
          .isInstanceOf(InvalidInputException.class);
    }
  }

  @Test
  void otherEscapesAndTextPassUnchanged() throws IOException {
    String json = "{\"title\":\"\\u0041 \\u00e9 \\\\u000 0000 \\u0001\"}";
    assertThat(new String(readAll(json, 3), StandardCharsets.UTF_8)).isEqualTo(json);
  }
}
