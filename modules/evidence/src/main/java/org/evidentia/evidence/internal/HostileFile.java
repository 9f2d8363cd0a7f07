package org.evidentia.evidence.internal;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Structure checks that run before a parser is given a file, so that sizes the file declares (a PNG
 * chunk of 2 GB, a box larger than its parent, a compressed chunk that inflates to gigabytes) are
 * refused instead of allocated. Each check reads only headers and what it keeps, in bounded
 * amounts; a refusal is an {@link Unreadable} with a reason fit to record.
 */
final class HostileFile {

  /** The largest single chunk or box of metadata handed to a parser. */
  static final int MAX_PART = 4 * 1024 * 1024;

  /** The most a compressed metadata chunk may inflate to. */
  static final int MAX_INFLATED = 4 * 1024 * 1024;

  /** The most metadata copied out of a file for a parser, all parts together. */
  static final int MAX_COPY = 16 * 1024 * 1024;

  private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

  private HostileFile() {}

  /** A file whose structure is refused: its metadata is not read, the file itself is kept. */
  static final class Unreadable extends Exception {
    private static final long serialVersionUID = 1L;

    Unreadable(String reason) {
      super(reason, null, false, false);
    }
  }

  /**
   * Checks a PNG's chunks: each must lie within the file, every chunk but image data (IDAT) must be
   * at most {@link #MAX_PART}, compressed text and ICC chunks must inflate to at most {@link
   * #MAX_INFLATED}.
   *
   * @return a PNG of the signature and every chunk but IDAT, for a metadata parser
   */
  static byte[] png(Path file) throws IOException, Unreadable {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      long length = channel.size();
      byte[] signature = new byte[8];
      readFully(channel, 0, signature);
      if (!java.util.Arrays.equals(signature, PNG_SIGNATURE)) {
        throw new Unreadable("not a PNG");
      }
      ByteArrayOutputStream copy = new ByteArrayOutputStream();
      copy.write(signature);
      long position = 8;
      byte[] header = new byte[8];
      while (position + 12 <= length) {
        readFully(channel, position, header);
        long size = ByteBuffer.wrap(header, 0, 4).getInt() & 0xffffffffL;
        String type = new String(header, 4, 4, StandardCharsets.ISO_8859_1);
        if (size > length - position - 12) {
          throw new Unreadable(
              "the PNG declares a " + type + " chunk of " + size + " bytes beyond its end");
        }
        if (!"IDAT".equals(type)) {
          if (size > MAX_PART) {
            throw new Unreadable(
                "the PNG declares a "
                    + type
                    + " chunk of "
                    + size
                    + " bytes (at most "
                    + MAX_PART
                    + " are read)");
          }
          byte[] chunk = new byte[(int) size + 12];
          readFully(channel, position, chunk);
          checkCompressed(type, chunk);
          if (copy.size() + chunk.length > MAX_COPY) {
            throw new Unreadable("the PNG has more than " + MAX_COPY + " bytes of metadata");
          }
          copy.write(chunk);
        }
        position += size + 12;
        if ("IEND".equals(type)) {
          break;
        }
      }
      return copy.toByteArray();
    }
  }

  /** zTXt, iCCP and compressed iTXt: inflated into nothing, counting, up to the limit. */
  private static void checkCompressed(String type, byte[] chunk) throws Unreadable {
    int data = 8;
    int end = chunk.length - 4;
    int keywordEnd = indexOf(chunk, (byte) 0, data, end);
    if (keywordEnd < 0) {
      return;
    }
    int start;
    switch (type) {
      case "zTXt", "iCCP" -> start = keywordEnd + 2;
      case "iTXt" -> {
        if (keywordEnd + 1 >= end || chunk[keywordEnd + 1] == 0) {
          return;
        }
        int language = indexOf(chunk, (byte) 0, keywordEnd + 3, end);
        int translated = language < 0 ? -1 : indexOf(chunk, (byte) 0, language + 1, end);
        if (translated < 0) {
          return;
        }
        start = translated + 1;
      }
      default -> {
        return;
      }
    }
    if (start > end) {
      return;
    }
    if (inflatedSize(chunk, start, end - start, MAX_INFLATED) > MAX_INFLATED) {
      throw new Unreadable(
          "the PNG's compressed "
              + type
              + " chunk inflates to more than "
              + MAX_INFLATED
              + " bytes");
    }
  }

  /** How many bytes zlib data inflates to, counted up to {@code limit} + 1. */
  static long inflatedSize(byte[] data, int offset, int length, long limit) {
    Inflater inflater = new Inflater();
    try {
      inflater.setInput(data, offset, length);
      byte[] sink = new byte[64 * 1024];
      long total = 0;
      while (!inflater.finished() && total <= limit) {
        int n = inflater.inflate(sink);
        if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
          break;
        }
        total += n;
      }
      return total;
    } catch (DataFormatException e) {
      return 0;
    } finally {
      inflater.end();
    }
  }

  /** Boxes that hold only boxes (ISO base media / QuickTime), as far as metadata is concerned. */
  private static final Set<String> CONTAINERS =
      Set.of(
          "moov", "trak", "mdia", "minf", "stbl", "udta", "edts", "dinf", "mvex", "ilst", "iprp",
          "ipco", "tref", "moof", "traf", "sinf", "schi", "clip", "matt", "tapt", "gmhd", "wave");

  /** Top-level boxes that carry no metadata: media data and padding, skipped. */
  private static final Set<String> MEDIA = Set.of("mdat", "free", "skip", "wide", "pnot");

  /**
   * Checks a QuickTime / MP4 / HEIF file's box structure: every box within its parent, metadata
   * boxes at most {@link #MAX_COPY} together.
   *
   * @param whole keep media data too (HEIF stores its EXIF there by file offset), allowed only for
   *     a file of at most {@link #MAX_COPY} bytes
   * @return the file without its media data (or whole), for a metadata parser
   */
  static byte[] boxes(Path file, boolean whole) throws IOException, Unreadable {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      long length = channel.size();
      if (whole && length > MAX_COPY) {
        throw new Unreadable("metadata is read only from files of at most " + MAX_COPY + " bytes");
      }
      ByteArrayOutputStream copy = new ByteArrayOutputStream();
      long position = 0;
      byte[] header = new byte[16];
      while (position + 8 <= length) {
        readFully(channel, position, header, 8);
        long size = ByteBuffer.wrap(header, 0, 4).getInt() & 0xffffffffL;
        String type = new String(header, 4, 4, StandardCharsets.ISO_8859_1);
        if (size == 1) {
          if (position + 16 > length) {
            break;
          }
          readFully(channel, position, header);
          size = ByteBuffer.wrap(header, 8, 8).getLong();
        } else if (size == 0) {
          size = length - position;
        }
        if (size < 8 || size > length - position) {
          throw new Unreadable(
              "the file declares a "
                  + printable(type)
                  + " box of "
                  + size
                  + " bytes at "
                  + position
                  + ", beyond its end");
        }
        if (whole || !MEDIA.contains(type)) {
          if (copy.size() + size > MAX_COPY) {
            throw new Unreadable("the file has more than " + MAX_COPY + " bytes of metadata boxes");
          }
          byte[] box = new byte[(int) size];
          readFully(channel, position, box);
          if (!MEDIA.contains(type)) {
            checkBox(box, 0, box.length, type, 0);
          }
          copy.write(box);
        }
        position += size;
      }
      return copy.toByteArray();
    }
  }

  /** The children of a container box must each lie within it, recursively. */
  private static void checkBox(byte[] data, int start, int end, String type, int depth)
      throws Unreadable {
    if (depth > 32) {
      throw new Unreadable("the boxes nest more than 32 deep");
    }
    int header = headerLength(data, start);
    int children;
    if (CONTAINERS.contains(type)) {
      children = start + header;
    } else if ("meta".equals(type)) {
      // QuickTime's meta holds boxes directly; ISO's is a full box (4 bytes of version and flags).
      int first = start + header;
      children =
          first + 4 <= end && ByteBuffer.wrap(data, first, 4).getInt() == 0 ? first + 4 : first;
    } else {
      return;
    }
    int position = children;
    while (position + 8 <= end) {
      long size = ByteBuffer.wrap(data, position, 4).getInt() & 0xffffffffL;
      String child = new String(data, position + 4, 4, StandardCharsets.ISO_8859_1);
      if (size == 1 && position + 16 <= end) {
        size = ByteBuffer.wrap(data, position + 8, 8).getLong();
      }
      if (size == 0) {
        size = end - position;
      }
      if (size < 8) {
        return;
      }
      if (size > end - position) {
        throw new Unreadable(
            "the file declares a "
                + printable(child)
                + " box of "
                + size
                + " bytes inside a "
                + printable(type)
                + " box of "
                + (end - start));
      }
      // Inside an item list, each entry (named by a key index) holds its data boxes.
      checkBox(
          data, position, position + (int) size, "ilst".equals(type) ? "udta" : child, depth + 1);
      position += (int) size;
    }
  }

  private static int headerLength(byte[] data, int start) {
    return (ByteBuffer.wrap(data, start, 4).getInt() == 1) ? 16 : 8;
  }

  /** The first {@code max} bytes of a file, as a stream that ends there. */
  static InputStream head(Path file, long max) throws IOException {
    InputStream in = java.nio.file.Files.newInputStream(file);
    return new java.io.FilterInputStream(in) {
      long left = max;

      @Override
      public int read() throws IOException {
        if (left <= 0) {
          return -1;
        }
        int b = super.read();
        if (b >= 0) {
          left--;
        }
        return b;
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        if (left <= 0) {
          return -1;
        }
        int n = super.read(b, off, (int) Math.min(len, left));
        if (n > 0) {
          left -= n;
        }
        return n;
      }

      @Override
      public long skip(long n) throws IOException {
        long skipped = super.skip(Math.min(n, left));
        left -= skipped;
        return skipped;
      }
    };
  }

  private static String printable(String type) {
    StringBuilder out = new StringBuilder();
    for (char c : type.toCharArray()) {
      out.append(c >= 0x20 && c < 0x7f ? c : '?');
    }
    return "'" + out + "'";
  }

  private static int indexOf(byte[] data, byte value, int from, int to) {
    for (int i = Math.max(0, from); i < to; i++) {
      if (data[i] == value) {
        return i;
      }
    }
    return -1;
  }

  private static void readFully(FileChannel channel, long position, byte[] target)
      throws IOException {
    ByteBuffer buffer = ByteBuffer.wrap(target);
    while (buffer.hasRemaining()) {
      int n = channel.read(buffer, position + buffer.position());
      if (n < 0) {
        throw new EOFException();
      }
    }
  }

  private static void readFully(FileChannel channel, long position, byte[] target, int length)
      throws IOException {
    ByteBuffer buffer = ByteBuffer.wrap(target, 0, length);
    while (buffer.hasRemaining()) {
      int n = channel.read(buffer, position + buffer.position());
      if (n < 0) {
        throw new EOFException();
      }
    }
  }
}
