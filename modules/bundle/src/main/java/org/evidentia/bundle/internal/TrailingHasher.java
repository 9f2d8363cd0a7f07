package org.evidentia.bundle.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;

/**
 * The SHA-256 of a file that is still being written, computed on another thread behind the writer:
 * only the bytes the writer declares final are read (from the page cache), so hashing the finished
 * bundle costs little more than its last part. A ZIP's bytes are final once an entry is closed,
 * since its local header is patched in place before the next entry starts.
 */
final class TrailingHasher {

  private static final int CHUNK = 1 << 20;

  private final Path file;
  private final Executor executor;
  private final MessageDigest digest = BagZipWriter.digest("SHA-256");
  private final ByteBuffer buffer = ByteBuffer.allocate(CHUNK);
  private CompletableFuture<Void> work = CompletableFuture.completedFuture(null);
  private long hashed;

  TrailingHasher(Path file, Executor executor) {
    this.file = file;
    this.executor = executor;
  }

  /** Everything before this offset is final; hashing it is queued behind the earlier parts. */
  void finalUpTo(long offset) {
    work = work.thenRunAsync(() -> hashTo(offset), executor);
  }

  /** The file's hash once everything up to its end is hashed. */
  String finish(long size) throws IOException {
    finalUpTo(size);
    try {
      work.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while hashing the bundle", e);
    } catch (ExecutionException e) {
      throw new IOException("the bundle could not be hashed: " + e.getCause().getMessage(), e);
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private void hashTo(long offset) {
    if (offset <= hashed) {
      return;
    }
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      channel.position(hashed);
      while (hashed < offset) {
        buffer.clear().limit((int) Math.min(CHUNK, offset - hashed));
        int n = channel.read(buffer);
        if (n < 0) {
          throw new IOException("the bundle ended at " + hashed + " bytes, before " + offset);
        }
        buffer.flip();
        digest.update(buffer);
        hashed += n;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
