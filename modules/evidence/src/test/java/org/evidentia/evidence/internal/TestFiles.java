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
