package org.evidentia.bagit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

  @Test
  void parsesEveryKindOfValue() throws Exception {
    Object v =
        Json.parse(
            " {\"s\":\"a\\\"b\\\\c\\/d\\b\\f\\n\\r\\t\\u00e9\\ud83d\\ude00\", \"n\":-12, \"d\":1.5e3,"
                + " \"big\":123456789012345678901234567890, \"t\":true, \"f\":false, \"z\":null,"
                + " \"a\":[1,[],{}]} ");

    assertThat(v).isInstanceOf(Map.class);
    Map<?, ?> m = (Map<?, ?>) v;
    assertThat(m.get("s")).isEqualTo("a\"b\\c/d\b\f\n\r\té😀");
    assertThat(m.get("n")).isEqualTo(-12L);
    assertThat(m.get("d")).isEqualTo(new BigDecimal("1.5e3"));
    assertThat(m.get("big")).isEqualTo(new BigDecimal("123456789012345678901234567890"));
    assertThat(m.get("t")).isEqualTo(true);
    assertThat(m.get("f")).isEqualTo(false);
    assertThat(m.containsKey("z")).isTrue();
    assertThat(m.get("z")).isNull();
    assertThat(m.get("a")).isEqualTo(List.of(1L, List.of(), Map.of()));
  }

  @Test
  void malformedInputGivesAClearError() {
    assertError("{\"a\":1,}", "line 1, column 8: unexpected '}', expected a string key");
    assertError("[1 2]", "line 1, column 4: unexpected '2', expected ',' or ']'");
    assertError("{\"a\":1}\n{", "line 2, column 1: unexpected '{' after the end of the JSON value");
    assertError("\"\\x\"", "line 1, column 2: invalid escape \\x");
    assertError("\"abc", "line 1, column 5: unterminated string");
    assertError(
        "\"\\ud800\"", "line 1, column 8: high surrogate \\uD800 not followed by a low surrogate");
    assertError("\"\\udc00\"", "line 1, column 8: lone low surrogate \\uDC00");
    assertError("01", "line 1, column 2: leading zero in a number");
    assertError("{\"a\":1,\"a\":2}", "line 1, column 8: duplicate key \"a\"");
    assertError("\"tab\there\"", "line 1, column 5: control character U+0009 in a string");
    assertError("tru", "line 1, column 1: unexpected 't', expected a value");
    assertError("", "line 1, column 1: unexpected end of input, expected a value");
    assertError("1.", "line 1, column 3: expected a digit after the decimal point");
  }

  @Test
  void deepNestingIsRefused() throws Exception {
    char[] open = new char[Json.MAX_DEPTH];
    char[] close = new char[Json.MAX_DEPTH];
    Arrays.fill(open, '[');
    Arrays.fill(close, ']');
    assertThat(Json.parse(new String(open) + new String(close))).isInstanceOf(List.class);

    String tooDeep = "[".repeat(100_000) + "]".repeat(100_000);
    assertThatThrownBy(() -> Json.parse(tooDeep))
        .isInstanceOf(Json.JsonException.class)
        .hasMessage("line 1, column 65: nested more than 64 levels deep");
  }

  private static void assertError(String json, String message) {
    assertThatThrownBy(() -> Json.parse(json))
        .as(json)
        .isInstanceOf(Json.JsonException.class)
        .hasMessage(message);
  }
}
