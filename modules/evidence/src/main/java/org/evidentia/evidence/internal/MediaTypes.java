package org.evidentia.evidence.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;

/**
 * Media types from the bytes (Tika's magic numbers) and nothing else. The file name's type is kept
 * apart as the claimed type: it never overrides nor refines what the bytes say, so a text file
 * named .html stays text/plain and a bare ZIP named .docx stays application/zip (telling a real
 * Office document from a ZIP takes Tika's container detection, which is not in tika-core). A file
 * whose bytes say nothing is {@code application/octet-stream}.
 */
final class MediaTypes {

  private static final MimeTypes TYPES = MimeTypes.getDefaultMimeTypes();
  private static final MediaTypeRegistry REGISTRY = TYPES.getMediaTypeRegistry();

  private MediaTypes() {}

  /**
   * @param mediaType what the bytes are
   * @param claimedType what the name's extension says, or null when it says nothing
   * @param nameMatches null when the name says nothing, else whether it agrees with the bytes
   */
  record Detected(String mediaType, String claimedType, Boolean nameMatches) {}

  static Detected detect(Path file, String fileName) throws IOException {
    return detect(java.nio.file.Files.newInputStream(file), fileName);
  }

  /** From the first bytes of {@code content} (a stored file's plaintext), which is closed. */
  static Detected detect(InputStream content, String fileName) throws IOException {
    MediaType fromBytes;
    try (InputStream in = TikaInputStream.get(content)) {
      fromBytes = TYPES.detect(in, new Metadata());
    }
    MediaType claimed = byName(fileName);
    MediaType type = fromBytes;
    Boolean matches = claimed == null ? null : agree(claimed, type);
    return new Detected(
        type.getBaseType().toString(),
        claimed == null ? null : claimed.getBaseType().toString(),
        matches);
  }

  private static MediaType byName(String fileName) throws IOException {
    if (fileName == null || fileName.isBlank()) {
      return null;
    }
    Metadata metadata = new Metadata();
    metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
    MediaType byName = TYPES.detect(null, metadata);
    return MediaType.OCTET_STREAM.equals(byName) ? null : byName;
  }

  private static boolean agree(MediaType claimed, MediaType actual) {
    MediaType a = claimed.getBaseType();
    MediaType b = actual.getBaseType();
    if (MediaType.OCTET_STREAM.equals(a) || MediaType.OCTET_STREAM.equals(b)) {
      // Every type specializes octet-stream: unrecognised bytes confirm no claim.
      return a.equals(b);
    }
    return a.equals(b)
        || REGISTRY.isSpecializationOf(a, b)
        || REGISTRY.isSpecializationOf(b, a)
        || REGISTRY.normalize(a).equals(REGISTRY.normalize(b));
  }

  /** Whether a claimed and a detected type name the same kind of file. */
  static boolean agree(String claimed, String actual) {
    return agree(MediaType.parse(claimed), MediaType.parse(actual));
  }

  static boolean isImage(String mediaType) {
    return mediaType.startsWith("image/");
  }

  /**
   * Types a browser would run or render as a page (scripts, markup, SVG): sent as {@code
   * application/octet-stream}, so a downloaded original is only ever saved, never executed in the
   * application's origin.
   */
  static boolean isActive(String mediaType) {
    String type = mediaType == null ? "" : mediaType.toLowerCase(java.util.Locale.ROOT);
    return type.equals("text/html")
        || type.equals("application/xhtml+xml")
        || type.equals("image/svg+xml")
        || type.equals("text/xml")
        || type.equals("application/xml")
        || type.endsWith("+xml")
        || type.contains("javascript")
        || type.contains("ecmascript")
        || type.equals("text/xsl")
        || type.equals("application/xslt+xml");
  }

  /** Types that may carry EXIF, XMP or QuickTime metadata worth reading. */
  static boolean mayCarryMetadata(String mediaType) {
    return mediaType.startsWith("image/")
        || mediaType.startsWith("video/")
        || mediaType.startsWith("audio/");
  }
}
