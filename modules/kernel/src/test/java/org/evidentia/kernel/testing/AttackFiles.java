package org.evidentia.kernel.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Hostile uploads made in the test: ZIP bombs, decompression bombs, polyglots. */
public final class AttackFiles {

  private AttackFiles() {}

  /** A ZIP with one entry of {@code size} zero bytes: about a thousandth of that on disk. */
  public static byte[] zipOfZeros(long size) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.setLevel(Deflater.BEST_COMPRESSION);
      zip.putNextEntry(new ZipEntry("zeros.bin"));
      writeZeros(zip, size);
      zip.closeEntry();
    }
    return out.toByteArray();
  }

  /** A ZIP holding {@code copies} copies of another ZIP, named 0.zip, 1.zip...: nested bombs. */
  public static byte[] zipOfZips(byte[] inner, int copies) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (int i = 0; i < copies; i++) {
        zip.putNextEntry(new ZipEntry(i + ".zip"));
        zip.write(inner);
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }

  /**
   * An overlapping-entry ZIP (after Fifield's non-recursive bomb): one deflated kernel of {@code
   * size} zeros stored once, and {@code entries} central-directory entries that all point at it, so
   * that extracting every entry inflates {@code entries * size} bytes from one small file.
   */
  public static byte[] overlappingZip(int size, int entries) {
    Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
    deflater.setInput(new byte[size]);
    deflater.finish();
    ByteArrayOutputStream kernel = new ByteArrayOutputStream();
    byte[] buffer = new byte[64 * 1024];
    while (!deflater.finished()) {
      kernel.write(buffer, 0, deflater.deflate(buffer));
    }
    deflater.end();
    CRC32 crc = new CRC32();
    crc.update(new byte[size]);
    byte[] data = kernel.toByteArray();
    byte[] name = "kernel".getBytes(StandardCharsets.US_ASCII);
    ByteBuffer local = le(30 + name.length + data.length);
    local.putInt(0x04034b50).putShort((short) 20).putShort((short) 0).putShort((short) 8);
    local.putInt(0).putInt((int) crc.getValue()).putInt(data.length).putInt(size);
    local.putShort((short) name.length).putShort((short) 0).put(name).put(data);
    ByteArrayOutputStream central = new ByteArrayOutputStream();
    for (int i = 0; i < entries; i++) {
      byte[] entryName = ("entry-" + i).getBytes(StandardCharsets.US_ASCII);
      ByteBuffer cd = le(46 + entryName.length);
      cd.putInt(0x02014b50).putShort((short) 20).putShort((short) 20).putShort((short) 0);
      cd.putShort((short) 8).putInt(0).putInt((int) crc.getValue()).putInt(data.length);
      cd.putInt(size).putShort((short) entryName.length).putShort((short) 0).putShort((short) 0);
      cd.putShort((short) 0).putShort((short) 0).putInt(0).putInt(0).put(entryName);
      central.writeBytes(cd.array());
    }
    ByteBuffer end = le(22);
    end.putInt(0x06054b50).putShort((short) 0).putShort((short) 0);
    end.putShort((short) entries).putShort((short) entries).putInt(central.size());
    end.putInt(local.capacity()).putShort((short) 0);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(local.array());
    out.writeBytes(central.toByteArray());
    out.writeBytes(end.array());
    return out.toByteArray();
  }

  /** A real small JPEG whose frame header (SOF0) declares other dimensions. */
  public static byte[] jpegDeclaring(byte[] jpeg, int width, int height) {
    byte[] copy = jpeg.clone();
    for (int i = 0; i + 8 < copy.length; i++) {
      if ((copy[i] & 0xFF) == 0xFF && (copy[i + 1] & 0xFF) == 0xC0) {
        copy[i + 5] = (byte) (height >> 8);
        copy[i + 6] = (byte) height;
        copy[i + 7] = (byte) (width >> 8);
        copy[i + 8] = (byte) width;
        return copy;
      }
    }
    throw new IllegalArgumentException("no SOF0 frame header");
  }

  /** A GIF header that is also JavaScript: GIF89a=... then a comment and a script. */
  public static byte[] gifScript() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes("GIF89a/*".getBytes(StandardCharsets.US_ASCII));
    out.writeBytes(new byte[] {0x0a, 0x00, (byte) 0x80, 0, 0, 0, 0, 0, (byte) 0xff, (byte) 0xff});
    out.writeBytes("*/=1;window.__xss=1;alert(1);//".getBytes(StandardCharsets.US_ASCII));
    out.writeBytes(new byte[] {0x2c, 0, 0, 0, 0, 1, 0, 1, 0, 0, 2, 2, 0x44, 0x01, 0, 0x3b});
    return out.toByteArray();
  }

  public static final byte[] HTML =
      "<!DOCTYPE html><html><body><script>window.__xss=1;alert(1)</script></body></html>"
          .getBytes(StandardCharsets.UTF_8);

  public static final byte[] SVG =
      ("<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\">"
              + "<script>window.__xss=1</script></svg>")
          .getBytes(StandardCharsets.UTF_8);

  /** A small real JPEG. */
  public static byte[] jpeg(int width, int height) throws IOException {
    java.awt.image.BufferedImage image =
        new java.awt.image.BufferedImage(width, height, java.awt.image.BufferedImage.TYPE_INT_RGB);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    javax.imageio.ImageIO.write(image, "jpeg", out);
    return out.toByteArray();
  }

  /** A PNG header declaring these dimensions, with a few bytes of pixels. */
  public static byte[] pngDeclaring(int width, int height) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
    out.writeBytes(
        pngChunk(
            "IHDR", ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).array()));
    Deflater deflater = new Deflater();
    deflater.setInput(new byte[width + 1]);
    deflater.finish();
    byte[] buffer = new byte[64 * 1024];
    int n = deflater.deflate(buffer);
    deflater.end();
    out.writeBytes(pngChunk("IDAT", java.util.Arrays.copyOf(buffer, n)));
    out.writeBytes(pngChunk("IEND", new byte[0]));
    return out.toByteArray();
  }

  private static byte[] pngChunk(String type, byte[] data) {
    byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
    CRC32 crc = new CRC32();
    crc.update(typeBytes);
    crc.update(data);
    return ByteBuffer.allocate(12 + data.length)
        .putInt(data.length)
        .put(typeBytes)
        .put(data)
        .putInt((int) crc.getValue())
        .array();
  }

  public static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  private static ByteBuffer le(int size) {
    return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
  }

  private static void writeZeros(OutputStream out, long size) throws IOException {
    byte[] zeros = new byte[1 << 20];
    for (long left = size; left > 0; left -= zeros.length) {
      out.write(zeros, 0, (int) Math.min(zeros.length, left));
    }
  }
}
