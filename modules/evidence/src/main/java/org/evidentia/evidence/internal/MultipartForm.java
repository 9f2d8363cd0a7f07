package org.evidentia.evidence.internal;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.evidentia.kernel.InvalidInputException;

/**
 * A streaming reader of {@code multipart/form-data} (RFC 7578): one part at a time, each body read
 * straight from the request, so a file part of any size passes through a fixed buffer and nothing
 * is spooled to memory or to disk behind the caller's back. See ADR 11 for why uploads do not use
 * the JAX-RS {@code EntityPart} reader.
 */
final class MultipartForm {

  private static final int BUFFER = 64 * 1024;
  private static final int MAX_HEADER_BYTES = 16 * 1024;
  private static final java.util.Set<String> IDENTITY_ENCODINGS =
      java.util.Set.of("7bit", "8bit", "binary");

  private final InputStream in;
  private final byte[] delimiter;

  /** Boyer-Moore-Horspool shifts: how far a window may move given its last byte. */
  private final int[] shift = new int[256];

  private final byte[] buffer;
  private int position;
  private int limit;
  private boolean eof;
  private boolean finished;
  private PartStream current;

  /** One part: its field name, the file name if it is a file, its declared type and its bytes. */
  record Part(String name, String fileName, String contentType, InputStream body) {

    boolean isFile() {
      return fileName != null;
    }

    /** A text field's value, up to {@code max} bytes of UTF-8. */
    String text(int max) throws IOException {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] chunk = new byte[4096];
      int n;
      while ((n = body.read(chunk)) != -1) {
        if (out.size() + n > max) {
          throw new InvalidInputException(name, "must be at most " + max + " bytes");
        }
        out.write(chunk, 0, n);
      }
      return out.toString(StandardCharsets.UTF_8);
    }
  }

  MultipartForm(InputStream in, String boundary) {
    this.in = in;
    // The first boundary may come without the CRLF before it: the buffer starts with one.
    this.delimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
    Arrays.fill(shift, delimiter.length);
    for (int k = 0; k < delimiter.length - 1; k++) {
      shift[delimiter[k] & 0xff] = delimiter.length - 1 - k;
    }
    this.buffer = new byte[BUFFER + delimiter.length];
    buffer[0] = '\r';
    buffer[1] = '\n';
    this.limit = 2;
  }

  /** The boundary parameter of a {@code multipart/form-data} content type. */
  static String boundary(String contentType) {
    if (contentType == null
        || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
      throw new InvalidInputException(
          "body", "send the file as multipart/form-data with a part named 'file'");
    }
    for (String parameter : contentType.split(";")) {
      String p = parameter.strip();
      if (p.toLowerCase(Locale.ROOT).startsWith("boundary=")) {
        String value = p.substring("boundary=".length()).strip();
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
          value = value.substring(1, value.length() - 1);
        }
        if (!value.isEmpty() && value.length() <= 70) {
          return value;
        }
      }
    }
    throw new InvalidInputException("body", "the multipart content type has no valid boundary");
  }

  /**
   * The next part, or null after the last. The previous part's unread bytes are skipped.
   *
   * @throws EOFException when the body ends before its closing boundary (a client that went away)
   */
  Part next() throws IOException {
    if (finished) {
      return null;
    }
    if (current != null) {
      current.skipRest();
    } else {
      skipPreamble();
    }
    // After a delimiter: "--" ends the body, CRLF starts a part (whitespace may come before it).
    int first = readByte();
    int second = readByte();
    if (first == '-' && second == '-') {
      finished = true;
      return null;
    }
    while (first == ' ' || first == '\t') {
      first = second;
      second = readByte();
    }
    if (first != '\r' || second != '\n') {
      throw malformed();
    }
    Map<String, String> headers = readHeaders();
    String encoding = headers.get("content-transfer-encoding");
    if (encoding != null
        && !IDENTITY_ENCODINGS.contains(encoding.strip().toLowerCase(Locale.ROOT))) {
      // RFC 7578 deprecates it; decoding is not done here, and bytes kept as evidence must be
      // exactly the file, not its base64 or quoted-printable text.
      throw new InvalidInputException(
          "body",
          "Content-Transfer-Encoding '"
              + encoding.strip()
              + "' is not supported; send the file's bytes as they are (binary)");
    }
    String disposition = headers.getOrDefault("content-disposition", "");
    Map<String, String> parameters = parameters(disposition);
    String name = parameters.get("name");
    if (name == null) {
      throw malformed();
    }
    String fileName = parameters.get("filename*");
    if (fileName != null) {
      fileName = decodeExtended(fileName);
    } else {
      fileName = parameters.get("filename");
    }
    current = new PartStream();
    return new Part(name, fileName, headers.get("content-type"), current);
  }

  private void skipPreamble() throws IOException {
    PartStream preamble = new PartStream();
    preamble.skipRest();
  }

  private Map<String, String> readHeaders() throws IOException {
    Map<String, String> headers = new LinkedHashMap<>();
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    int total = 0;
    while (true) {
      int b = readByte();
      if (++total > MAX_HEADER_BYTES) {
        throw malformed();
      }
      if (b == '\n') {
        byte[] bytes = line.toByteArray();
        int length = bytes.length;
        if (length > 0 && bytes[length - 1] == '\r') {
          length--;
        }
        if (length == 0) {
          return headers;
        }
        // Browsers send file names as raw UTF-8 inside the header.
        String header = new String(bytes, 0, length, StandardCharsets.UTF_8);
        int colon = header.indexOf(':');
        if (colon > 0) {
          headers.put(
              header.substring(0, colon).strip().toLowerCase(Locale.ROOT),
              header.substring(colon + 1).strip());
        }
        line.reset();
      } else {
        line.write(b);
      }
    }
  }

  /** The parameters of a Content-Disposition value, quoted strings unescaped. */
  static Map<String, String> parameters(String value) {
    Map<String, String> parameters = new LinkedHashMap<>();
    int i = value.indexOf(';');
    while (i >= 0 && i < value.length()) {
      i++;
      while (i < value.length() && Character.isWhitespace(value.charAt(i))) {
        i++;
      }
      int equals = value.indexOf('=', i);
      if (equals < 0) {
        break;
      }
      String key = value.substring(i, equals).strip().toLowerCase(Locale.ROOT);
      i = equals + 1;
      StringBuilder text = new StringBuilder();
      if (i < value.length() && value.charAt(i) == '"') {
        i++;
        while (i < value.length() && value.charAt(i) != '"') {
          char c = value.charAt(i);
          if (c == '\\' && i + 1 < value.length()) {
            c = value.charAt(++i);
          }
          text.append(c);
          i++;
        }
        i = value.indexOf(';', i);
      } else {
        int end = value.indexOf(';', i);
        text.append(value, i, end < 0 ? value.length() : end);
        i = end;
      }
      parameters.putIfAbsent(key, text.toString().strip());
      if (i < 0) {
        break;
      }
    }
    return parameters;
  }

  /** RFC 5987: {@code UTF-8''na%C3%AFve.jpg}. */
  private static String decodeExtended(String value) {
    int quote = value.indexOf("''");
    String encoded = quote < 0 ? value : value.substring(quote + 2);
    try {
      return URLDecoder.decode(encoded.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return encoded;
    }
  }

  private int readByte() throws IOException {
    if (position >= limit && !fill()) {
      throw new EOFException("the upload ended before the multipart body did");
    }
    return buffer[position++] & 0xff;
  }

  /** Moves unread bytes to the front and reads more; false at the end of the stream. */
  private boolean fill() throws IOException {
    if (eof) {
      return false;
    }
    if (position > 0) {
      System.arraycopy(buffer, position, buffer, 0, limit - position);
      limit -= position;
      position = 0;
    }
    int n = in.read(buffer, limit, buffer.length - limit);
    if (n == -1) {
      eof = true;
      return false;
    }
    limit += n;
    return true;
  }

  /**
   * Where the first delimiter starting at an index below {@code end} begins, or -1 if none does (a
   * delimiter starting at {@code end} or later, or one not yet complete in the buffer, is not
   * looked for). Boyer-Moore-Horspool: on file content the window moves by up to the delimiter's
   * length (about 44 bytes with the boundaries of browsers and curl) per step; the byte-by-byte
   * search it replaces cost about as much per uploaded byte as SHA-512 (docs/benchmarks.md).
   */
  private int indexOfDelimiter(int end) {
    int m = delimiter.length;
    int last = m - 1;
    byte lastByte = delimiter[last];
    int stop = Math.min(end - 1, limit - m);
    int i = position;
    while (i <= stop) {
      byte b = buffer[i + last];
      if (b == lastByte) {
        int j = last - 1;
        while (j >= 0 && buffer[i + j] == delimiter[j]) {
          j--;
        }
        if (j < 0) {
          return i;
        }
      }
      i += shift[b & 0xff];
    }
    return -1;
  }

  private static IOException malformed() {
    return new MalformedMultipartException();
  }

  /** The multipart body does not follow RFC 7578; answered as a bad request, not a broken link. */
  static final class MalformedMultipartException extends IOException {
    private static final long serialVersionUID = 1L;

    MalformedMultipartException() {
      super("the multipart body is malformed");
    }
  }

  /** One part's bytes: everything up to the next delimiter, which it consumes at its end. */
  private final class PartStream extends InputStream {

    private boolean ended;

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      int n = read(one, 0, 1);
      return n == -1 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] target, int offset, int length) throws IOException {
      if (ended || current != this && current != null) {
        return -1;
      }
      if (length == 0) {
        return 0;
      }
      while (true) {
        // Only where this read's bytes could start a delimiter is searched, so a caller reading
        // in small pieces does not make the rest of the buffer be searched again and again.
        int found = indexOfDelimiter(position + Math.min(length, limit - position));
        if (found == position) {
          position += delimiter.length;
          ended = true;
          return -1;
        }
        // Bytes before a delimiter, or all but the last few that could start one, are body.
        int available =
            found >= 0
                ? found - position
                : Math.min(length, limit - position - (delimiter.length - 1));
        if (available > 0) {
          System.arraycopy(buffer, position, target, offset, available);
          position += available;
          return available;
        }
        if (!fill()) {
          throw new EOFException("the upload ended before the multipart body did");
        }
      }
    }

    void skipRest() throws IOException {
      byte[] sink = new byte[8192];
      while (read(sink, 0, sink.length) != -1) {
        // discard
      }
    }
  }
}
