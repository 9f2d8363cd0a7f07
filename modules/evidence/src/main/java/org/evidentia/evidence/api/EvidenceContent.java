package org.evidentia.evidence.api;

import java.io.IOException;
import java.io.InputStream;

/**
 * Bytes to send to the caller: the original or a working copy. The stream is opened only when the
 * response is written, and the caller closes it.
 *
 * @param fileName a display name, to be sent encoded (never used as a path here or there)
 * @param sha256 of the bytes, for a digest header; null for working copies
 */
public record EvidenceContent(
    String fileName, String mediaType, long size, String sha256, Opener opener) {

  /** Opens the stored bytes. */
  @FunctionalInterface
  public interface Opener {
    InputStream open() throws IOException;
  }
}
