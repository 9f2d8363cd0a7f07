package org.evidentia.bagit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Checks the hash chain of an Evidentia audit extract ({@code data/audit-extract.json}). The
 * extract holds one case's entries of the global audit chain, so only links between consecutive
 * sequence numbers can be checked here; what happened between two non-consecutive entries is
 * outside what the extract can prove.
 */
final class AuditExtract {

  static final String PATH = "data/audit-extract.json";
  static final String FORMAT = "evidentia-audit-extract/1";

  /** The fields the hash covers, in canonical order. */
  private static final List<String> HASHED =
      List.of(
          "sequence",
          "recordedAt",
          "actor",
          "action",
          "targetType",
          "targetId",
          "address",
          "details",
          "previousHash");

  private static final Set<String> REQUIRED =
      Set.of("sequence", "recordedAt", "action", "previousHash", "hash");

  private final Consumer<Finding> problems;
  private final Consumer<Finding> warnings;

  private AuditExtract(Consumer<Finding> problems, Consumer<Finding> warnings) {
    this.problems = problems;
    this.warnings = warnings;
  }

  /** Checks the extract's text and reports through the two sinks; returns the entries checked. */
  static int check(String json, Consumer<Finding> problems, Consumer<Finding> warnings) {
    return new AuditExtract(problems, warnings).check(json);
  }

  private int check(String json) {
    Object root;
    try {
      root = Json.parse(json);
    } catch (Json.JsonException e) {
      malformed("is not valid JSON: " + e.getMessage());
      return 0;
    }
    if (!(root instanceof Map<?, ?> top)) {
      malformed("is not a JSON object");
      return 0;
    }
    if (!FORMAT.equals(top.get("format"))) {
      malformed("format is " + quoted(top.get("format")) + ", expected \"" + FORMAT + "\"");
      return 0;
    }
    if (!(top.get("entries") instanceof List<?> entries)) {
      malformed("has no \"entries\" array");
      return 0;
    }
    Long previousSequence = null;
    String previousHash = null;
    int checked = 0;
    for (int i = 0; i < entries.size(); i++) {
      Entry e = entry(i, entries.get(i));
      if (e == null) {
        // Cannot link across an entry we could not read.
        previousSequence = null;
        previousHash = null;
        continue;
      }
      checked++;
      String recomputed = sha256(canonical(e.fields));
      if (!recomputed.equals(e.hash)) {
        broken(
            "entry "
                + e.sequence
                + " ("
                + e.fields.get("action")
                + "): hash is "
                + e.hash
                + " but its fields hash to "
                + recomputed
                + "; the entry was altered");
      }
      if (previousSequence != null) {
        if (e.sequence <= previousSequence) {
          broken(
              "entry "
                  + e.sequence
                  + " follows entry "
                  + previousSequence
                  + "; sequence numbers must strictly increase");
        } else if (e.sequence == previousSequence + 1 && !e.previousHash.equals(previousHash)) {
          broken(
              "entry "
                  + e.sequence
                  + ": previousHash is "
                  + e.previousHash
                  + " but entry "
                  + previousSequence
                  + " has hash "
                  + previousHash
                  + "; the chain is broken between them");
        }
      }
      previousSequence = e.sequence;
      previousHash = e.hash;
    }
    return checked;
  }

  private record Entry(
      long sequence, Map<String, String> fields, String previousHash, String hash) {}

  /** Reads one entry; reports and returns null when it is malformed. */
  private Entry entry(int index, Object o) {
    String where = "entry #" + (index + 1);
    if (!(o instanceof Map<?, ?> map)) {
      malformed(where + " is not an object");
      return null;
    }
    for (String f : REQUIRED) {
      if (map.get(f) == null) {
        malformed(where + " has no " + f);
        return null;
      }
    }
    if (!(map.get("sequence") instanceof Long sequence)) {
      malformed(where + ": sequence " + map.get("sequence") + " is not an integer");
      return null;
    }
    where = "entry " + sequence;
    Map<String, String> fields = new java.util.HashMap<>();
    for (String f : HASHED) {
      Object v = map.get(f);
      if (f.equals("sequence")) {
        fields.put(f, Long.toString(sequence));
      } else if (v == null || v instanceof String) {
        // An absent optional field hashes like null; both mean "no value".
        fields.put(f, (String) v);
      } else {
        malformed(where + ": " + f + " is not a string");
        return null;
      }
    }
    if (!(map.get("hash") instanceof String hash)) {
      malformed(where + ": hash is not a string");
      return null;
    }
    String previous = fields.get("previousHash");
    if (!isSha256Hex(hash) || !isSha256Hex(previous)) {
      malformed(where + ": hash and previousHash must be 64 lowercase hex digits");
      return null;
    }
    for (Object key : map.keySet()) {
      if (!HASHED.contains(key) && !"hash".equals(key)) {
        warnings.accept(
            new Finding(
                Finding.Code.AUDIT_UNHASHED_FIELD,
                PATH,
                PATH
                    + ": "
                    + where
                    + " has a field \""
                    + key
                    + "\" that its hash does not cover; its value is not verified"));
      }
    }
    return new Entry(sequence, fields, previous, hash);
  }

  /** For each hashed field: {@code <UTF-8 byte length>:<value>\n}, or {@code -\n} for null. */
  static String canonical(Map<String, String> fields) {
    StringBuilder b = new StringBuilder();
    for (String f : HASHED) {
      String v = fields.get(f);
      if (v == null) {
        b.append("-\n");
      } else {
        b.append(v.getBytes(StandardCharsets.UTF_8).length).append(':').append(v).append('\n');
      }
    }
    return b.toString();
  }

  static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 missing from this Java runtime", e);
    }
  }

  private static boolean isSha256Hex(String s) {
    return s != null && s.matches("[0-9a-f]{64}");
  }

  private static String quoted(Object o) {
    return o instanceof String s ? "\"" + s + "\"" : String.valueOf(o);
  }

  private void malformed(String what) {
    problems.accept(new Finding(Finding.Code.AUDIT_EXTRACT_MALFORMED, PATH, PATH + ": " + what));
  }

  private void broken(String what) {
    problems.accept(new Finding(Finding.Code.AUDIT_CHAIN_BROKEN, PATH, PATH + ": " + what));
  }
}
