package org.evidentia.evidence.internal;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Iterator;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

/**
 * JPEG thumbnails of images, as working copies beside (never instead of) the original.
 *
 * <p>Images come from anyone, so what is decoded is bounded before decoding starts: only JPEG, PNG
 * (its chunks checked first, {@link HostileFile#png}), GIF and BMP are read (not TIFF, whose
 * directories declare counts the decoder would allocate before reading); an image of more than
 * {@value #MAX_PIXELS} pixels or longer than {@value #MAX_ASPECT} times its width (or the reverse)
 * is not; the others are read subsampled by ceil(longer side / {@value #DECODED}), so the decoded
 * bitmap is at most about {@value #DECODED} pixels on its longer side whatever the shape. ImageIO's
 * disk cache is off (it would spool whole images to the temporary directory).
 */
final class Thumbnails {

  static final int SIZE = 320;
  static final int DECODED = SIZE * 2;
  static final long MAX_PIXELS = 100L * 1000 * 1000;
  static final int MAX_ASPECT = 64;
  private static final Set<String> DECODABLE =
      Set.of("image/jpeg", "image/png", "image/gif", "image/bmp");
  private static final Logger LOG = Logger.getLogger(Thumbnails.class.getName());

  static {
    ImageIO.setUseCache(false);
  }

  private Thumbnails() {}

  /** Whether thumbnails are made of this (detected) type at all. */
  static boolean decodable(String mediaType) {
    return DECODABLE.contains(mediaType);
  }

  /**
   * Writes a thumbnail of {@code original} to {@code target}; false when the image can't be read or
   * is refused by the bounds above. Never throws.
   */
  static boolean write(Path original, Path target) {
    try {
      if (isPng(original)) {
        HostileFile.png(original);
      }
      return decode(original, target);
    } catch (HostileFile.Unreadable e) {
      LOG.info("no thumbnail for " + original.getFileName() + ": " + e.getMessage());
      return false;
    } catch (Exception | OutOfMemoryError | StackOverflowError | LinkageError e) {
      LOG.log(Level.INFO, "no thumbnail for " + original.getFileName(), e);
      return false;
    }
  }

  private static boolean isPng(Path file) throws IOException {
    byte[] head = new byte[8];
    try (InputStream in = Files.newInputStream(file)) {
      return in.readNBytes(head, 0, 8) == 8 && head[0] == (byte) 0x89 && head[1] == 'P';
    }
  }

  private static boolean decode(Path original, Path target) throws IOException {
    try (ImageInputStream in = ImageIO.createImageInputStream(original.toFile())) {
      if (in == null) {
        return false;
      }
      Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
      if (!readers.hasNext()) {
        return false;
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in, true, true);
        int width = reader.getWidth(0);
        int height = reader.getHeight(0);
        if (width <= 0 || height <= 0 || (long) width * height > MAX_PIXELS) {
          LOG.info("no thumbnail for " + original.getFileName() + ": " + width + "x" + height);
          return false;
        }
        if (Math.max(width, height) / Math.min(width, height) > MAX_ASPECT) {
          LOG.info("no thumbnail for " + original.getFileName() + ": " + width + "x" + height);
          return false;
        }
        ImageReadParam param = reader.getDefaultReadParam();
        int step = step(width, height);
        param.setSourceSubsampling(step, step, 0, 0);
        BufferedImage image = reader.read(0, param);
        writeJpeg(scale(image), target);
        return true;
      } finally {
        reader.dispose();
      }
    }
  }

  /** Every step-th pixel of every step-th row: the longer side decodes to at most DECODED. */
  static int step(int width, int height) {
    int longer = Math.max(width, height);
    return Math.max(1, (longer + DECODED - 1) / DECODED);
  }

  private static BufferedImage scale(BufferedImage image) {
    double factor = Math.min(1.0, (double) SIZE / Math.max(image.getWidth(), image.getHeight()));
    int w = Math.max(1, (int) Math.round(image.getWidth() * factor));
    int h = Math.max(1, (int) Math.round(image.getHeight() * factor));
    BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = out.createGraphics();
    try {
      g.setRenderingHint(
          RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
      g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
      // Transparent images get a white background, as JPEG has no alpha.
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, w, h);
      g.drawImage(image, 0, 0, w, h, null);
    } finally {
      g.dispose();
    }
    return out;
  }

  private static void writeJpeg(BufferedImage image, Path target) throws IOException {
    Files.createDirectories(target.getParent());
    Path temp = Files.createTempFile(target.getParent(), "thumb-", ".tmp");
    try {
      ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
      try (OutputStream file = Files.newOutputStream(temp);
          ImageOutputStream out = ImageIO.createImageOutputStream(file)) {
        writer.setOutput(out);
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(0.85f);
        writer.write(null, new IIOImage(image, null, null), param);
      } finally {
        writer.dispose();
      }
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(temp);
    }
  }
}
