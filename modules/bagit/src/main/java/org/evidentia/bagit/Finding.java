package org.evidentia.bagit;

import java.util.Objects;

/**
 * One thing the verifier found: a problem (the bag is not intact) or a warning (it is, but
 * something deserves a look).
 *
 * @param code stable identifier, safe to match on
 * @param path the file concerned, relative to the bag's top directory; null when the finding is
 *     about the bag as a whole
 * @param message plain English, naming the file
 */
public record Finding(Code code, String path, String message) {

  /** Stable finding codes. New codes may be added; existing ones keep their meaning. */
  public enum Code {
    /** The input is not readable as a bag at all (no bagit.txt at its top). */
    MISSING_BAGIT_TXT,
    /** bagit.txt is malformed (BOM, wrong line, missing encoding, malformed version). */
    BAD_BAGIT_TXT,
    /** A BagIt version this verifier does not know (well-formed but not 0.93 to 1.0). */
    UNSUPPORTED_VERSION,
    /** BagIt version older than 0.97, checked by the same rules. */
    OLD_VERSION,
    /** Tag files are not in UTF-8 (allowed, but RFC 8493 recommends UTF-8). */
    TAG_ENCODING_NOT_UTF8,
    /** A tag file cannot be decoded in the declared encoding. */
    BAD_ENCODING,
    /** A UTF-8 tag file starts with a byte order mark. */
    BOM_IN_TAG_FILE,
    /** A manifest for an algorithm this verifier cannot compute. */
    UNSUPPORTED_ALGORITHM,
    /** Payload manifests use only MD5 or SHA-1. */
    WEAK_ALGORITHM,
    /** No payload manifest at all. */
    NO_PAYLOAD_MANIFEST,
    /** No tag manifest, so manifests and bag-info.txt are not protected. */
    NO_TAG_MANIFEST,
    /** There is no data/ directory. */
    MISSING_PAYLOAD_DIR,
    /** A manifest line is not {@code <hex> <path>} or the digest has the wrong length. */
    BAD_MANIFEST_LINE,
    /** A manifest path written in a tolerated but non-canonical way ({@code ./}, {@code *}). */
    NONCANONICAL_PATH,
    /** A path that points outside the bag (.., absolute, ~). */
    PATH_OUTSIDE_BAG,
    /** A payload manifest or fetch.txt path that is not under data/. */
    NOT_A_PAYLOAD_PATH,
    /** The same path listed twice in one manifest. */
    DUPLICATE_ENTRY,
    /** A file listed in a manifest is not in the bag. */
    MISSING_FILE,
    /** The file's digest differs from the manifest's. */
    DIGEST_MISMATCH,
    /** A payload file not listed in every payload manifest. */
    UNLISTED_FILE,
    /** A listed name only differs by case or Unicode normalization from the file present. */
    NAME_VARIANT,
    /** Two files whose names differ only by case or Unicode normalization. */
    NAME_COLLISION,
    /** Operating-system litter in the payload (.DS_Store, Thumbs.db...). */
    SYSTEM_FILE,
    /** A tag file no tag manifest covers, so its integrity is not checked. */
    UNCHECKED_TAG_FILE,
    /** A file that cannot be read (I/O error, corrupt ZIP entry). */
    UNREADABLE_FILE,
    /** A symbolic link or other non-regular file in a bag directory. */
    NOT_A_REGULAR_FILE,
    /** A ZIP entry name that is unsafe or appears twice. */
    BAD_ZIP_ENTRY,
    /** bag-info.txt is malformed (a line without a label, a malformed Payload-Oxum). */
    BAD_BAG_INFO,
    /** No bag-info.txt. */
    NO_BAG_INFO,
    /** Bagging-Date is not YYYY-MM-DD. */
    BAD_BAGGING_DATE,
    /** A label that should appear once appears several times in bag-info.txt. */
    REPEATED_METADATA,
    /** Payload-Oxum disagrees with the payload. */
    OXUM_MISMATCH,
    /** A fetch.txt line is malformed. */
    BAD_FETCH_LINE,
    /** fetch.txt names files that are not in the bag: incomplete, and we do not fetch. */
    FETCH_NOT_SUPPORTED,
    /** fetch.txt names files that are all present (and were verified). */
    FETCH_LISTED_PRESENT,
    /** data/audit-extract.json is not valid JSON or not in the expected format. */
    AUDIT_EXTRACT_MALFORMED,
    /** An audit entry's hash does not recompute, or a link between consecutive entries fails. */
    AUDIT_CHAIN_BROKEN,
    /** An audit entry carries fields that its hash does not cover. */
    AUDIT_UNHASHED_FIELD
  }

  public Finding {
    Objects.requireNonNull(code, "code");
    // One finding, one line: file names may hold line breaks (percent-encoded in manifests).
    message = message.replace("\r", "\\r").replace("\n", "\\n");
  }

  @Override
  public String toString() {
    return code + ": " + message;
  }
}
