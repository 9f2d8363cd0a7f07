package org.evidentia.bagit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A strict JSON (RFC 8259) parser, just enough for the audit extract, because the verifier must run
 * with no library. Objects become {@link LinkedHashMap} (duplicate keys refused), arrays {@link
 * ArrayList}, integers without fraction or exponent {@link Long} (else {@link BigDecimal}), JSON
 * null Java null. Nesting is limited so hostile input cannot exhaust the stack.
 */
final class Json {

  static final int MAX_DEPTH = 64;

  /** Malformed input, with the line and column where parsing stopped. */
  static final class JsonException extends Exception {
    private static final long serialVersionUID = 1L;

    JsonException(String message) {
      super(message);
    }
  }

  private final String text;
  private int pos;

  private Json(String text) {
    this.text = text;
  }

  static Object parse(String text) throws JsonException {
    Json p = new Json(text);
    p.skipWhitespace();
    Object value = p.value(0);
    p.skipWhitespace();
    if (p.pos < text.length()) {
      throw p.error("unexpected " + p.describe() + " after the end of the JSON value");
    }
    return value;
  }

  private Object value(int depth) throws JsonException {
    if (pos >= text.length()) {
      throw error("unexpected end of input, expected a value");
    }
    char c = text.charAt(pos);
    switch (c) {
      case '{':
        return object(depth + 1);
      case '[':
        return array(depth + 1);
      case '"':
        return string();
      case 't':
        return literal("true", Boolean.TRUE);
      case 'f':
        return literal("false", Boolean.FALSE);
      case 'n':
        return literal("null", null);
      default:
        if (c == '-' || (c >= '0' && c <= '9')) {
          return number();
        }
        throw error("unexpected " + describe() + ", expected a value");
    }
  }

  private Map<String, Object> object(int depth) throws JsonException {
    checkDepth(depth);
    pos++; // {
    Map<String, Object> map = new LinkedHashMap<>();
    skipWhitespace();
    if (peek() == '}') {
      pos++;
      return map;
    }
    while (true) {
      skipWhitespace();
      if (peek() != '"') {
        throw error("unexpected " + describe() + ", expected a string key");
      }
      int keyAt = pos;
      String key = string();
      skipWhitespace();
      expect(':');
      skipWhitespace();
      if (map.containsKey(key)) {
        pos = keyAt;
        throw error("duplicate key \"" + key + "\"");
      }
      map.put(key, value(depth));
      skipWhitespace();
      if (peek() == ',') {
        pos++;
      } else if (peek() == '}') {
        pos++;
        return map;
      } else {
        throw error("unexpected " + describe() + ", expected ',' or '}'");
      }
    }
  }

  private List<Object> array(int depth) throws JsonException {
    checkDepth(depth);
    pos++; // [
    List<Object> list = new ArrayList<>();
    skipWhitespace();
    if (peek() == ']') {
      pos++;
      return list;
    }
    while (true) {
      skipWhitespace();
      list.add(value(depth));
      skipWhitespace();
      if (peek() == ',') {
        pos++;
      } else if (peek() == ']') {
        pos++;
        return list;
      } else {
        throw error("unexpected " + describe() + ", expected ',' or ']'");
      }
    }
  }

  private void checkDepth(int depth) throws JsonException {
    if (depth > MAX_DEPTH) {
      throw error("nested more than " + MAX_DEPTH + " levels deep");
    }
  }

  private String string() throws JsonException {
    pos++; // opening quote
    StringBuilder b = new StringBuilder();
    while (true) {
      if (pos >= text.length()) {
        throw error("unterminated string");
      }
      char c = text.charAt(pos);
      if (c == '"') {
        pos++;
        return b.toString();
      }
      if (c < 0x20) {
        throw error("control character U+" + String.format("%04X", (int) c) + " in a string");
      }
      if (c != '\\') {
        b.append(c);
        pos++;
        continue;
      }
      pos++;
      if (pos >= text.length()) {
        throw error("unterminated escape");
      }
      char e = text.charAt(pos++);
      switch (e) {
        case '"' -> b.append('"');
        case '\\' -> b.append('\\');
        case '/' -> b.append('/');
        case 'b' -> b.append('\b');
        case 'f' -> b.append('\f');
        case 'n' -> b.append('\n');
        case 'r' -> b.append('\r');
        case 't' -> b.append('\t');
        case 'u' -> {
          char u = hex4();
          if (Character.isHighSurrogate(u)) {
            // A supplementary character is written as two escapes; a lone half is not text.
            if (!text.startsWith("\\u", pos)) {
              throw error("high surrogate \\u" + hex(u) + " not followed by a low surrogate");
            }
            pos += 2;
            char low = hex4();
            if (!Character.isLowSurrogate(low)) {
              throw error("high surrogate \\u" + hex(u) + " followed by \\u" + hex(low));
            }
            b.append(u).append(low);
          } else if (Character.isLowSurrogate(u)) {
            throw error("lone low surrogate \\u" + hex(u));
          } else {
            b.append(u);
          }
        }
        default -> {
          pos -= 2; // point at the backslash
          throw error("invalid escape \\" + e);
        }
      }
    }
  }

  private char hex4() throws JsonException {
    if (pos + 4 > text.length()) {
      throw error("truncated \\u escape");
    }
    int v = 0;
    for (int i = 0; i < 4; i++) {
      int d = Character.digit(text.charAt(pos), 16);
      if (d < 0) {
        throw error("invalid hex digit " + describe() + " in \\u escape");
      }
      v = v * 16 + d;
      pos++;
    }
    return (char) v;
  }

  private static String hex(char c) {
    return String.format("%04X", (int) c);
  }

  private Object number() throws JsonException {
    int start = pos;
    if (peek() == '-') {
      pos++;
    }
    if (peek() == '0') {
      pos++;
      if (isDigit(peek())) {
        throw error("leading zero in a number");
      }
    } else if (isDigit(peek())) {
      while (isDigit(peek())) {
        pos++;
      }
    } else {
      throw error("unexpected " + describe() + " in a number");
    }
    boolean integer = true;
    if (peek() == '.') {
      integer = false;
      pos++;
      if (!isDigit(peek())) {
        throw error("expected a digit after the decimal point");
      }
      while (isDigit(peek())) {
        pos++;
      }
    }
    if (peek() == 'e' || peek() == 'E') {
      integer = false;
      pos++;
      if (peek() == '+' || peek() == '-') {
        pos++;
      }
      if (!isDigit(peek())) {
        throw error("expected a digit in the exponent");
      }
      while (isDigit(peek())) {
        pos++;
      }
    }
    String literal = text.substring(start, pos);
    if (integer) {
      try {
        return Long.parseLong(literal);
      } catch (NumberFormatException tooBig) {
        // falls through to BigDecimal
      }
    }
    try {
      return new BigDecimal(literal);
    } catch (NumberFormatException outOfRange) {
      // An exponent beyond BigDecimal's int scale, such as 1e99999999999.
      throw error("number out of range");
    }
  }

  private Object literal(String word, Object value) throws JsonException {
    if (!text.startsWith(word, pos)) {
      throw error("unexpected " + describe() + ", expected a value");
    }
    pos += word.length();
    return value;
  }

  private void expect(char c) throws JsonException {
    if (peek() != c) {
      throw error("unexpected " + describe() + ", expected '" + c + "'");
    }
    pos++;
  }

  private void skipWhitespace() {
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
        return;
      }
      pos++;
    }
  }

  /** The current character, or 0 at the end (never valid where it is checked). */
  private char peek() {
    return pos < text.length() ? text.charAt(pos) : 0;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private String describe() {
    if (pos >= text.length()) {
      return "end of input";
    }
    char c = text.charAt(pos);
    return c < 0x20 || c > 0x7e ? "character U+" + hex(c) : "'" + c + "'";
  }

  private JsonException error(String message) {
    int line = 1;
    int column = 1;
    for (int i = 0; i < Math.min(pos, text.length()); i++) {
      if (text.charAt(i) == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    return new JsonException("line " + line + ", column " + column + ": " + message);
  }
}
