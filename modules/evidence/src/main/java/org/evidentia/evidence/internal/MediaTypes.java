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
 * Media types from the bytes (Tika's magic numbers). The file name may only refine a type the bytes
 * already establish (a ZIP named .docx is a Word document); it never overrides the bytes, and a
 * file whose bytes say nothing stays {@code application/octet-stream}.
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
    MediaType fromBytes;
    try (InputStream in = TikaInputStream.get(file)) {
      fromBytes = TYPES.detect(in, new Metadata());
    }
    MediaType claimed = byName(fileName);
    MediaType type = fromBytes;
    if (claimed != null
        && !MediaType.OCTET_STREAM.equals(fromBytes)
        && REGISTRY.isSpecializationOf(claimed, fromBytes)) {
      type = claimed;
    }
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

  /** Types that may carry EXIF, XMP or QuickTime metadata worth reading. */
  static boolean mayCarryMetadata(String mediaType) {
    return mediaType.startsWith("image/")
        || mediaType.startsWith("video/")
        || mediaType.startsWith("audio/");
  }
}
