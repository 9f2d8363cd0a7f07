package org.evidentia.bagit;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The files of a bag, wherever they live (a directory or a ZIP). Paths are relative to the bag's
 * top directory, '/'-separated. Only paths listed here are ever opened, so a manifest can never
 * make the verifier read outside the bag.
 */
abstract class BagSource implements Closeable {

  final SortedMap<String, Long> files = new TreeMap<>();
  final List<Finding> problems = new ArrayList<>();
  final List<Finding> warnings = new ArrayList<>();

  /** Opens a bag directory or a ZIP file; IOException when it is neither or cannot be read. */
  static BagSource open(Path bag) throws IOException {
    if (Files.isDirectory(bag)) {
      return new DirectorySource(bag);
    }
    if (Files.isRegularFile(bag)) {
      return new ZipSource(bag);
    }
    if (!Files.exists(bag)) {
      throw new NoSuchFileException(bag.toString());
    }
    throw new IOException(bag + " is neither a directory nor a ZIP file");
  }

  /** Whether the bag has a data/ directory (it may be empty). */
  abstract boolean hasPayloadDirectory();

  /** Streams one of {@link #files}. */
  abstract InputStream open(String path) throws IOException;

  @Override
  public void close() throws IOException {}
}
