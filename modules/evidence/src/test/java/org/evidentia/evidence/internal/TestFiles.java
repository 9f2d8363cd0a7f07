package org.evidentia.evidence.internal;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.apache.commons.imaging.ImagingException;
import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.apache.commons.imaging.formats.tiff.constants.ExifTagConstants;
import org.apache.commons.imaging.formats.tiff.constants.TiffTagConstants;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputSet;

/** Real files made in the test: a JPEG drawn with ImageIO, EXIF written with Commons Imaging. */
final class TestFiles {

  private TestFiles() {}

  static byte[] jpeg(int width, int height) throws IOException {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(new Color(30, 90, 160));
    g.fillRect(0, 0, width, height);
    g.setColor(Color.ORANGE);
    g.fillOval(width / 4, height / 4, width / 2, height / 2);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "jpeg", out);
    return out.toByteArray();
  }

  /** A PNG chunk: length, type, data, CRC. */
  static byte[] chunk(String type, byte[] data, int declaredLength) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(java.nio.ByteBuffer.allocate(4).putInt(declaredLength).array());
    byte[] typeBytes = type.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    out.writeBytes(typeBytes);
    out.writeBytes(data);
    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
    crc.update(typeBytes);
    crc.update(data);
    out.writeBytes(java.nio.ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    return out.toByteArray();
  }

  static byte[] chunk(String type, byte[] data) {
    return chunk(type, data, data.length);
  }

  static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

  /** IHDR of an 8-bit greyscale image. */
  static byte[] ihdr(int width, int height) {
    return chunk(
        "IHDR",
        java.nio.ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).array());
  }

  /**
   * A zlib stream of {@code blocks * blockLength} zero bytes, a few bytes per block: one block
   * compressed and ended on a byte boundary, repeated (each only refers back to zeros).
   */
  static byte[] zlibOfZeros(int blockLength, int blocks) {
    java.util.zip.Deflater deflater = new java.util.zip.Deflater(9, true);
    deflater.setInput(new byte[blockLength]);
    ByteArrayOutputStream block = new ByteArrayOutputStream();
    byte[] buffer = new byte[64 * 1024];
    int n;
    do {
      n = deflater.deflate(buffer, 0, buffer.length, java.util.zip.Deflater.SYNC_FLUSH);
      block.write(buffer, 0, n);
    } while (n == buffer.length || !deflater.needsInput());
    deflater.end();
    byte[] one = block.toByteArray();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(0x78);
    out.write(0xda);
    for (int i = 0; i < blocks; i++) {
      out.writeBytes(one);
    }
    out.writeBytes(new byte[] {1, 0, 0, (byte) 0xff, (byte) 0xff});
    long total = (long) blockLength * blocks;
    int adler = (int) (((total % 65521) << 16) | 1);
    out.writeBytes(java.nio.ByteBuffer.allocate(4).putInt(adler).array());
    return out.toByteArray();
  }

  /** A valid greyscale PNG whose pixels are all black, tiny however large it claims to be. */
  static byte[] blackPng(int width, int height) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(PNG_SIGNATURE);
    out.writeBytes(ihdr(width, height));
    // Each row: filter byte 0 and width zero bytes.
    out.writeBytes(chunk("IDAT", zlibOfZeros(width + 1, height)));
    out.writeBytes(chunk("IEND", new byte[0]));
    return out.toByteArray();
  }

  /** A photo as a phone would write it: capture time (local, no offset), make, model, GPS. */
  static byte[] photoWithExif(
      int width, int height, String dateTimeOriginal, double latitude, double longitude)
      throws IOException {
    TiffOutputSet exif = new TiffOutputSet();
    try {
      var root = exif.getOrCreateRootDirectory();
      root.add(TiffTagConstants.TIFF_TAG_MAKE, "Samsung");
      root.add(TiffTagConstants.TIFF_TAG_MODEL, "Galaxy A52");
      exif.getOrCreateExifDirectory()
          .add(ExifTagConstants.EXIF_TAG_DATE_TIME_ORIGINAL, dateTimeOriginal);
      exif.setGpsInDegrees(longitude, latitude);
    } catch (ImagingException e) {
      throw new IOException(e);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new ExifRewriter().updateExifMetadataLossless(jpeg(width, height), out, exif);
    return out.toByteArray();
  }
}
