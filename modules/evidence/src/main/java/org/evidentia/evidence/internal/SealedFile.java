package org.evidentia.evidence.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Streaming authenticated encryption of stored files (the STREAM construction, as in Tink's
 * AES-GCM-HKDF streaming): a file is cut into segments of {@link #SEGMENT} bytes, each sealed with
 * AES-256-GCM under a per-file key. Memory stays one segment whatever the file size.
 *
 * <p>Layout: a {@link #HEADER}-byte header (magic, version, key id, 32-byte salt, 7-byte nonce
 * prefix), then the sealed segments, each {@link #TAG} bytes longer than its plaintext. The
 * per-file key is HKDF-SHA256 of the master key with the salt, so nonces never repeat across files.
 * A segment's nonce is the prefix, its 32-bit counter and a last-segment flag; the whole header is
 * each segment's associated data. Swapping, reordering or dropping segments, cutting the file or
 * appending to it, or changing the header, therefore all fail authentication.
 */
final class SealedFile {

  static final int SEGMENT = 64 * 1024;
  static final int TAG = 16;
  static final int KEY_ID = 8;
  private static final int SALT = 32;
  private static final int PREFIX = 7;
  private static final byte VERSION = 1;

  /** PNG-style: a high byte, a name, CR LF, so text tools and chance rarely produce it. */
  static final byte[] MAGIC = {(byte) 0x89, 'E', 'V', 'S', 'E', 'A', 'L', '\r', '\n'};

  static final int HEADER = MAGIC.length + 1 + KEY_ID + SALT + PREFIX;

  private static final byte[] INFO =
      "evidentia evidence file v1".getBytes(StandardCharsets.US_ASCII);
  private static final SecureRandom RANDOM = new SecureRandom();

  private SealedFile() {}

  /** The bytes of a file cannot be authenticated: altered, cut, extended, or the wrong key. */
  static final class Broken extends IOException {
    private static final long serialVersionUID = 1L;

    Broken(String message) {
      super(message);
    }
  }

  /** The file is sealed under a key that is not configured. */
  static final class UnknownKey extends IOException {
    private static final long serialVersionUID = 1L;
    private final String keyId;

    UnknownKey(String keyId) {
      super("sealed under evidence key " + keyId + ", which is not configured");
      this.keyId = keyId;
    }

    String keyId() {
      return keyId;
    }
  }

  /** Looks up a master key by its id; null when it is not configured. */
  interface Keys {
    byte[] key(String keyId);
  }

  /** The id recorded in headers: the first 8 bytes of a hash of the key, in hex. */
  static String keyId(byte[] key) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update("evidentia evidence key id".getBytes(StandardCharsets.US_ASCII));
      return HexFormat.of().formatHex(Arrays.copyOf(sha.digest(key), KEY_ID));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  /** Whether these first bytes of a file are a sealed file's magic. */
  static boolean isSealed(byte[] head, int length) {
    return length >= MAGIC.length && Arrays.equals(head, 0, MAGIC.length, MAGIC, 0, MAGIC.length);
  }

  /** Seals everything written to it into {@code out}; {@link OutputStream#close} seals the end. */
  static OutputStream seal(OutputStream out, byte[] masterKey) throws IOException {
    if (masterKey.length != 32) {
      throw new IllegalArgumentException("an evidence key must be 32 bytes (AES-256)");
    }
    byte[] header = new byte[HEADER];
    ByteBuffer h = ByteBuffer.wrap(header);
    h.put(MAGIC).put(VERSION).put(HexFormat.of().parseHex(keyId(masterKey)));
    byte[] saltAndPrefix = new byte[SALT + PREFIX];
    RANDOM.nextBytes(saltAndPrefix);
    h.put(saltAndPrefix);
    out.write(header);
    return new Sealer(out, header, fileKey(masterKey, header));
  }

  /**
   * Opens a sealed file whose magic has not been read yet.
   *
   * @throws UnknownKey when its key is not among {@code keys}
   * @throws Broken when the header is not a sealed file's
   */
  static InputStream open(InputStream in, Keys keys) throws IOException {
    byte[] header = in.readNBytes(HEADER);
    if (header.length < HEADER || !isSealed(header, header.length)) {
      throw new Broken("not a sealed evidence file (header missing or cut)");
    }
    if (header[MAGIC.length] != VERSION) {
      throw new Broken("sealed evidence file of unknown version " + header[MAGIC.length]);
    }
    String keyId = HexFormat.of().formatHex(header, MAGIC.length + 1, MAGIC.length + 1 + KEY_ID);
    byte[] master = keys.key(keyId);
    if (master == null) {
      throw new UnknownKey(keyId);
    }
    return new Opener(in, header, fileKey(master, header));
  }

  /** The key id in a sealed file's header, or null when the bytes are not a sealed header. */
  static String keyIdOf(byte[] header, int length) {
    if (length < HEADER || !isSealed(header, length)) {
      return null;
    }
    return HexFormat.of().formatHex(header, MAGIC.length + 1, MAGIC.length + 1 + KEY_ID);
  }

  /** How many plaintext bytes a sealed file of this length holds. */
  static long plainSize(long sealedSize) {
    long body = sealedSize - HEADER;
    long full = body / (SEGMENT + TAG);
    long rest = body % (SEGMENT + TAG);
    return full * SEGMENT + Math.max(0, rest - TAG);
  }

  /** HKDF-SHA256 (RFC 5869) with the header's salt, one 32-byte block of output. */
  private static SecretKeySpec fileKey(byte[] master, byte[] header) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      int saltAt = MAGIC.length + 1 + KEY_ID;
      mac.init(new SecretKeySpec(header, saltAt, SALT, "HmacSHA256"));
      byte[] prk = mac.doFinal(master);
      mac.init(new SecretKeySpec(prk, "HmacSHA256"));
      mac.update(INFO);
      mac.update(header, 0, MAGIC.length + 1 + KEY_ID);
      mac.update((byte) 1);
      return new SecretKeySpec(mac.doFinal(), "AES");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
    }
  }

  private static GCMParameterSpec nonce(byte[] header, long segment, boolean last)
      throws IOException {
    if (segment > 0xFFFFFFFFL) {
      throw new IOException("a sealed file cannot hold more than 2^32 segments");
    }
    byte[] nonce = new byte[12];
    System.arraycopy(header, HEADER - PREFIX, nonce, 0, PREFIX);
    ByteBuffer.wrap(nonce, PREFIX, 4).putInt((int) segment);
    nonce[11] = (byte) (last ? 1 : 0);
    return new GCMParameterSpec(TAG * 8, nonce);
  }

  private static Cipher cipher() {
    try {
      return Cipher.getInstance("AES/GCM/NoPadding");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
    }
  }

  /**
   * Holds one segment back: whether a segment is the last is known only when more bytes arrive or
   * the stream is closed.
   */
  private static final class Sealer extends OutputStream {
    private final OutputStream out;
    private final byte[] header;
    private final SecretKeySpec key;
    private final Cipher cipher = cipher();
    private final byte[] buffer = new byte[SEGMENT];
    private int filled;
    private long segment;
    private boolean closed;

    Sealer(OutputStream out, byte[] header, SecretKeySpec key) {
      this.out = out;
      this.header = header;
      this.key = key;
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      if (closed) {
        throw new IOException("closed");
      }
      while (len > 0) {
        if (filled == SEGMENT) {
          sealSegment(false);
        }
        int n = Math.min(len, SEGMENT - filled);
        System.arraycopy(b, off, buffer, filled, n);
        filled += n;
        off += n;
        len -= n;
      }
    }

    private void sealSegment(boolean last) throws IOException {
      try {
        cipher.init(Cipher.ENCRYPT_MODE, key, nonce(header, segment, last));
        cipher.updateAAD(header);
        out.write(cipher.doFinal(buffer, 0, filled));
      } catch (GeneralSecurityException e) {
        throw new IOException("sealing failed", e);
      }
      segment++;
      filled = 0;
    }

    @Override
    public void flush() throws IOException {
      out.flush();
    }

    @Override
    public void close() throws IOException {
      if (closed) {
        return;
      }
      closed = true;
      try {
        sealSegment(true);
        out.flush();
      } finally {
        out.close();
      }
    }
  }

  /**
   * Reads one sealed segment plus one byte ahead: a segment followed by nothing must carry the
   * last-segment flag, and a flagged one must be followed by nothing.
   */
  private static final class Opener extends InputStream {
    private final InputStream in;
    private final byte[] header;
    private final SecretKeySpec key;
    private final Cipher cipher = cipher();
    private final byte[] sealed = new byte[SEGMENT + TAG + 1];
    private int carried; // bytes of the next segment already read (0 or 1)
    private byte[] plain = new byte[0];
    private int position;
    private long segment;
    private boolean ended;

    Opener(InputStream in, byte[] header, SecretKeySpec key) {
      this.in = in;
      this.header = header;
      this.key = key;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      int n = read(one, 0, 1);
      return n == -1 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (len == 0) {
        return 0;
      }
      while (position == plain.length) {
        if (ended) {
          return -1;
        }
        next();
      }
      int n = Math.min(len, plain.length - position);
      System.arraycopy(plain, position, b, off, n);
      position += n;
      return n;
    }

    private void next() throws IOException {
      int want = SEGMENT + TAG + 1;
      int have = carried;
      while (have < want) {
        int n = in.read(sealed, have, want - have);
        if (n == -1) {
          break;
        }
        have += n;
      }
      boolean last = have < want;
      int length = last ? have : SEGMENT + TAG;
      if (length < TAG) {
        throw new Broken("the sealed file is cut short (segment " + segment + ")");
      }
      try {
        cipher.init(Cipher.DECRYPT_MODE, key, nonce(header, segment, last));
        cipher.updateAAD(header);
        plain = cipher.doFinal(sealed, 0, length);
      } catch (javax.crypto.AEADBadTagException e) {
        throw new Broken(
            "segment "
                + segment
                + " of the sealed file fails authentication (altered, cut, extended or"
                + " reordered)");
      } catch (GeneralSecurityException e) {
        throw new IOException("opening failed", e);
      }
      position = 0;
      segment++;
      if (last) {
        ended = true;
        carried = 0;
      } else {
        sealed[0] = sealed[SEGMENT + TAG];
        carried = 1;
      }
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }
}
