package org.evidentia.bagit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

/** A bag unpacked in a directory. Symbolic links are reported, never followed. */
final class DirectorySource extends BagSource {

  private final Path root;

  DirectorySource(Path bag) throws IOException {
    // The bag's own directory may be reached through a link; links inside it are not followed.
    this.root = bag.toRealPath();
    Files.walkFileTree(
        root,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            String rel = relative(file);
            if (attrs.isRegularFile()) {
              files.put(rel, attrs.size());
            } else {
              // Following a link could read files outside the bag or make one file count twice.
              problems.add(
                  new Finding(
                      Finding.Code.NOT_A_REGULAR_FILE,
                      rel,
                      rel
                          + ": is a "
                          + (attrs.isSymbolicLink() ? "symbolic link" : "special file")
                          + ", not a regular file; a bag must hold the files themselves"));
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) {
            String rel = relative(file);
            problems.add(
                new Finding(
                    Finding.Code.UNREADABLE_FILE, rel, rel + ": cannot be read (" + e + ")"));
            return FileVisitResult.CONTINUE;
          }
        });
  }

  private String relative(Path file) {
    StringBuilder b = new StringBuilder();
    for (Path name : root.relativize(file)) {
      if (b.length() > 0) {
        b.append('/');
      }
      b.append(name);
    }
    return b.toString();
  }

  @Override
  boolean hasPayloadDirectory() {
    return Files.isDirectory(root.resolve("data"), LinkOption.NOFOLLOW_LINKS);
  }

  @Override
  InputStream open(String path) throws IOException {
    if (!files.containsKey(path)) {
      throw new IOException(path + " is not a file of this bag");
    }
    return Files.newInputStream(root.resolve(path), LinkOption.NOFOLLOW_LINKS);
  }
}
