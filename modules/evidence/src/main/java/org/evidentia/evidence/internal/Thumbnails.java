package org.evidentia.evidence.internal;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Iterator;
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
 * JPEG thumbnails of images, as working copies beside (never instead of) the original. Large images
 * are read subsampled, so a 100-megapixel photo does not become a 400 MB bitmap.
 */
final class Thumbnails {

  static final int SIZE = 320;
  private static final long MAX_PIXELS = 400L * 1000 * 1000;
  private static final Logger LOG = Logger.getLogger(Thumbnails.class.getName());

  private Thumbnails() {}

  /**
   * Writes a thumbnail of {@code original} to {@code target}; false when the image can't be read.
   */
  static boolean write(Path original, Path target) {
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
          return false;
        }
        ImageReadParam param = reader.getDefaultReadParam();
        int step = Math.max(1, Math.min(width, height) / (SIZE * 2));
        param.setSourceSubsampling(step, step, 0, 0);
        BufferedImage image = reader.read(0, param);
        writeJpeg(scale(image), target);
        return true;
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.FINE, "no thumbnail for " + original.getFileName(), e);
      return false;
    }
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
