package org.evidentia.evidence.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SealedFileTest {

  private static final int S = SealedFile.SEGMENT;
  private static final byte[] KEY = key(1);
  private static final SealedFile.Keys KEYS = id -> id.equals(SealedFile.keyId(KEY)) ? KEY : null;

  private static byte[] key(int seed) {
    byte[] k = new byte[32];
    new Random(seed).nextBytes(k);
    return k;
  }

  private static byte[] data(int size) {
    byte[] d = new byte[size];
    new Random(size).nextBytes(d);
    return d;
  }

  private static byte[] seal(byte[] plain) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (OutputStream sealer = SealedFile.seal(out, KEY)) {
      // odd write sizes, so segment boundaries fall inside writes
      for (int at = 0; at < plain.length; at += 1000) {
        sealer.write(plain, at, Math.min(1000, plain.length - at));
      }
    }
    return out.toByteArray();
  }

  private static byte[] open(byte[] sealed) throws IOException {
    try (InputStream in = SealedFile.open(new ByteArrayInputStream(sealed), KEYS)) {
      return in.readAllBytes();
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, S - 1, S, S + 1, 2 * S, 5 * S + 123})
  void roundTripsAtSegmentBoundaries(int size) throws IOException {
    byte[] plain = data(size);
    byte[] sealed = seal(plain);
    assertThat(open(sealed)).isEqualTo(plain);
    assertThat(SealedFile.plainSize(sealed.length)).isEqualTo(size);
    assertThat(SealedFile.keyIdOf(sealed, sealed.length)).isEqualTo(SealedFile.keyId(KEY));
  }

  @Test
  void theSameBytesSealTwiceDifferently() throws IOException {
    byte[] plain = data(100);
    assertThat(seal(plain)).isNotEqualTo(seal(plain));
  }

  @Test
  void everyAlteredByteIsNoticed() throws IOException {
    byte[] sealed = seal(data(2 * S + 10));
    // every header byte, and bytes spread over the segments and their tags
    for (int i = 0; i < sealed.length; i += (i < SealedFile.HEADER ? 1 : 997)) {
      byte[] altered = sealed.clone();
      altered[i] ^= 0x01;
      assertThatThrownBy(() -> open(altered)).as("byte %d", i).isInstanceOf(IOException.class);
    }
    byte[] lastByte = sealed.clone();
    lastByte[lastByte.length - 1] ^= (byte) 0x80;
    assertThatThrownBy(() -> open(lastByte)).isInstanceOf(SealedFile.Broken.class);
  }

  @Test
  void cuttingOrExtendingIsNoticed() throws IOException {
    byte[] sealed = seal(data(3 * S));
    int segment = S + SealedFile.TAG;
    // cut exactly at a segment boundary: the remaining last segment is not flagged as last
    byte[] cut = Arrays.copyOf(sealed, SealedFile.HEADER + 2 * segment);
    assertThatThrownBy(() -> open(cut)).isInstanceOf(SealedFile.Broken.class);
    byte[] cutInside = Arrays.copyOf(sealed, sealed.length - 5);
    assertThatThrownBy(() -> open(cutInside)).isInstanceOf(SealedFile.Broken.class);
    byte[] appended = Arrays.copyOf(sealed, sealed.length + 1);
    assertThatThrownBy(() -> open(appended)).isInstanceOf(SealedFile.Broken.class);
    byte[] empty = Arrays.copyOf(sealed, SealedFile.HEADER);
    assertThatThrownBy(() -> open(empty)).isInstanceOf(SealedFile.Broken.class);
  }

  @Test
  void swappedSegmentsAreNoticed() throws IOException {
    byte[] sealed = seal(data(3 * S));
    int segment = S + SealedFile.TAG;
    byte[] swapped = sealed.clone();
    System.arraycopy(sealed, SealedFile.HEADER, swapped, SealedFile.HEADER + segment, segment);
    System.arraycopy(sealed, SealedFile.HEADER + segment, swapped, SealedFile.HEADER, segment);
    assertThatThrownBy(() -> open(swapped)).isInstanceOf(SealedFile.Broken.class);
  }

  @Test
  void aSegmentFromAnotherFileIsNoticed() throws IOException {
    byte[] plain = data(2 * S);
    byte[] one = seal(plain);
    byte[] two = seal(plain);
    byte[] mixed = one.clone();
    System.arraycopy(two, SealedFile.HEADER, mixed, SealedFile.HEADER, S + SealedFile.TAG);
    assertThatThrownBy(() -> open(mixed)).isInstanceOf(SealedFile.Broken.class);
  }

  @Test
  void anotherKeyIsUnknownAndAForgedKeyIdFails() throws IOException {
    byte[] other = key(2);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (OutputStream sealer = SealedFile.seal(out, other)) {
      sealer.write(data(10));
    }
    assertThatThrownBy(() -> open(out.toByteArray()))
        .isInstanceOf(SealedFile.UnknownKey.class)
        .hasMessageContaining(SealedFile.keyId(other));
    // a header claiming our key over bytes sealed under another fails authentication
    byte[] forged = out.toByteArray();
    byte[] ourId = java.util.HexFormat.of().parseHex(SealedFile.keyId(KEY));
    System.arraycopy(ourId, 0, forged, SealedFile.MAGIC.length + 1, ourId.length);
    assertThatThrownBy(() -> open(forged)).isInstanceOf(SealedFile.Broken.class);
  }

  @Test
  void plainBytesAreNotTakenForSealed() {
    byte[] jpeg = {(byte) 0xff, (byte) 0xd8, (byte) 0xff, 0, 0, 0, 0, 0, 0, 0};
    assertThat(SealedFile.isSealed(jpeg, jpeg.length)).isFalse();
    assertThat(SealedFile.keyIdOf(jpeg, jpeg.length)).isNull();
  }

  @Test
  void streamsLargeDataInBoundedMemory() throws Exception {
    long size = 256L * 1024 * 1024 + 7; // far more than a test should hold in memory twice
    MessageDigest in = MessageDigest.getInstance("SHA-256");
    MessageDigest out = MessageDigest.getInstance("SHA-256");
    java.io.PipedInputStream pipe = new java.io.PipedInputStream(1 << 20);
    java.io.PipedOutputStream sink = new java.io.PipedOutputStream(pipe);
    Thread writer =
        new Thread(
            () -> {
              try (OutputStream sealer = SealedFile.seal(sink, KEY)) {
                byte[] chunk = new byte[8192];
                Random random = new Random(3);
                for (long done = 0; done < size; done += chunk.length) {
                  random.nextBytes(chunk);
                  int n = (int) Math.min(chunk.length, size - done);
                  in.update(chunk, 0, n);
                  sealer.write(chunk, 0, n);
                }
              } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            });
    // What stays reachable while the bytes stream (measured after a collection every 32 MiB, so
    // that garbage not yet collected does not count) must stay far below the size streamed.
    long before = retained();
    long most = 0;
    writer.start();
    long read = 0;
    try (InputStream opened = SealedFile.open(pipe, KEYS)) {
      byte[] buffer = new byte[8192];
      int n;
      while ((n = opened.read(buffer)) != -1) {
        out.update(buffer, 0, n);
        long previous = read;
        read += n;
        if (read / (32 << 20) != previous / (32 << 20)) {
          most = Math.max(most, retained() - before);
        }
      }
    }
    writer.join();
    assertThat(read).isEqualTo(size);
    assertThat(out.digest()).isEqualTo(in.digest());
    assertThat(most).isLessThan(64L * 1024 * 1024);
  }

  private static long retained() {
    Runtime runtime = Runtime.getRuntime();
    System.gc();
    return runtime.totalMemory() - runtime.freeMemory();
  }
}
