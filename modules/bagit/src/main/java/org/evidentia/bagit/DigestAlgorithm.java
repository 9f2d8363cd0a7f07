package org.evidentia.bagit;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.Optional;

/** The manifest algorithms we can compute with the JDK alone. */
enum DigestAlgorithm {
  MD5("md5", "MD5", true),
  SHA1("sha1", "SHA-1", true),
  SHA224("sha224", "SHA-224", false),
  SHA256("sha256", "SHA-256", false),
  SHA384("sha384", "SHA-384", false),
  SHA512("sha512", "SHA-512", false);

  final String bagItName;
  final String displayName;

  /** Collisions can be manufactured, so these no longer prove the bytes were not swapped. */
  final boolean weak;

  final int hexLength;

  DigestAlgorithm(String bagItName, String displayName, boolean weak) {
    this.bagItName = bagItName;
    this.displayName = displayName;
    this.weak = weak;
    this.hexLength = newDigest(displayName).getDigestLength() * 2;
  }

  static Optional<DigestAlgorithm> byBagItName(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    for (DigestAlgorithm a : values()) {
      if (a.bagItName.equals(n)) {
        return Optional.of(a);
      }
    }
    return Optional.empty();
  }

  MessageDigest newDigest() {
    return newDigest(displayName);
  }

  private static MessageDigest newDigest(String jdkName) {
    try {
      return MessageDigest.getInstance(jdkName);
    } catch (NoSuchAlgorithmException e) {
      // Every Java SE runtime must provide these.
      throw new IllegalStateException(jdkName + " missing from this Java runtime", e);
    }
  }
}
