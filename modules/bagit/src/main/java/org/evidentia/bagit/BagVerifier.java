package org.evidentia.bagit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Verifies a BagIt bag (RFC 8493; versions 0.97 and 1.0) held in a directory or a ZIP file, with
 * nothing but Java SE. Every file is read once, whatever the number of manifests, through a 64 KiB
 * buffer, so memory does not grow with file sizes. Instances are stateless and thread-safe.
 */
public final class BagVerifier {

  private static final int BUFFER_SIZE = 64 * 1024;
  private static final int MAX_BAGIT_TXT = 64 * 1024;

  /** The audit extract is parsed in memory; one case's audit trail stays far below this. */
  private static final long MAX_AUDIT_EXTRACT = 256L * 1024 * 1024;

  private static final Pattern MANIFEST_NAME = Pattern.compile("(tag)?manifest-([^/]+)\\.txt");
  private static final Pattern MANIFEST_LINE = Pattern.compile("([0-9A-Fa-f]+)[ \\t]+(.*)");
  // Bounded so that parseInt cannot overflow on a hostile bagit.txt.
  private static final Pattern VERSION = Pattern.compile("(\\d{1,9})\\.(\\d{1,9})");
  private static final Pattern OXUM = Pattern.compile("(\\d{1,18})\\.(\\d{1,18})");
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  /** Reserved bag-info.txt labels that RFC 8493 says appear at most once. */
  private static final Set<String> NON_REPEATABLE =
      Set.of("bagging-date", "bag-size", "payload-oxum", "bag-group-identifier", "bag-count");

  private static final Set<String> SYSTEM_FILES =
      Set.of(".ds_store", "thumbs.db", "ehthumbs.db", "desktop.ini", ".directory");

  /**
   * Verifies the bag in a directory or a ZIP file (bag at the ZIP's root or inside its one
   * top-level directory).
   *
   * @return the verdict; a bag that is readable but broken is a verdict with problems
   * @throws IOException when the input does not exist or is neither a directory nor a readable ZIP
   */
  public Verdict verify(Path bag) throws IOException {
    try (BagSource source = BagSource.open(bag)) {
      return new Run(source).verify();
    }
  }

  /** A manifest file; its entries (decoded path to lowercase hex) are kept beside it. */
  private record Manifest(String name, DigestAlgorithm algorithm, boolean tag) {}

  /** One expected digest for a listed path. */
  private record Expected(DigestAlgorithm algorithm, String hex, String manifest) {}

  /** The state of one verification. */
  private static final class Run {
    private final BagSource source;
    private final List<Finding> problems = new ArrayList<>();
    private final List<Finding> warnings = new ArrayList<>();
    private final byte[] buffer = new byte[BUFFER_SIZE];
    private final Map<Manifest, Map<String, String>> manifests = new LinkedHashMap<>();
    private final Set<String> missingFetched = new TreeSet<>();

    /** Manifest paths with other %XX too, fully decoded: tried when the RFC reading is absent. */
    private final Map<String, String> fullyDecoded = new HashMap<>();

    private Charset charset = StandardCharsets.UTF_8;
    private boolean version1;
    private int payloadManifestFiles;
    private int tagManifestFiles;
    private long payloadFiles;
    private long payloadBytes;

    Run(BagSource source) {
      this.source = source;
    }

    Verdict verify() {
      problems.addAll(source.problems);
      warnings.addAll(source.warnings);
      for (Map.Entry<String, Long> f : source.files.entrySet()) {
        if (f.getKey().startsWith("data/")) {
          payloadFiles++;
          payloadBytes += f.getValue();
        }
      }
      if (!source.files.containsKey("bagit.txt")) {
        problem(
            Finding.Code.MISSING_BAGIT_TXT,
            "bagit.txt",
            "bagit.txt is missing at the top of the bag: this is not a BagIt bag (or not its top"
                + " directory)");
        return verdict();
      }
      readBagitTxt();
      if (!source.hasPayloadDirectory()) {
        problem(
            Finding.Code.MISSING_PAYLOAD_DIR, "data", "data/: the payload directory is missing");
      }
      readManifests();
      readFetch();
      checkFiles();
      readBagInfo();
      checkTagFiles();
      checkNames();
      checkAuditExtract();
      return verdict();
    }

    private Verdict verdict() {
      return Verdict.of(problems, warnings, payloadFiles, payloadBytes);
    }

    // ---- bagit.txt -------------------------------------------------------------------------

    private void readBagitTxt() {
      byte[] raw = readSmall("bagit.txt", MAX_BAGIT_TXT);
      if (raw == null) {
        return;
      }
      int offset = 0;
      if (raw.length >= 3
          && (raw[0] & 0xff) == 0xef
          && (raw[1] & 0xff) == 0xbb
          && (raw[2] & 0xff) == 0xbf) {
        problem(
            Finding.Code.BAD_BAGIT_TXT,
            "bagit.txt",
            "bagit.txt: starts with a byte order mark (BOM), which RFC 8493 forbids");
        offset = 3;
      }
      String text;
      try {
        text =
            strict(StandardCharsets.UTF_8)
                .decode(ByteBuffer.wrap(raw, offset, raw.length - offset))
                .toString();
      } catch (CharacterCodingException e) {
        problem(Finding.Code.BAD_BAGIT_TXT, "bagit.txt", "bagit.txt: is not valid UTF-8");
        return;
      }
      String[] lines = text.split("\r\n|\r|\n", -1);
      int count = lines.length;
      if (count > 0 && lines[count - 1].isEmpty()) {
        count--; // the final line break
      }
      String version = null;
      String encoding = null;
      for (int i = 0; i < count; i++) {
        String line = lines[i];
        if (i == 0 && line.startsWith("BagIt-Version: ")) {
          version = line.substring("BagIt-Version: ".length());
        } else if (i == 1 && line.startsWith("Tag-File-Character-Encoding: ")) {
          encoding = line.substring("Tag-File-Character-Encoding: ".length());
        } else {
          String expected =
              i == 0
                  ? "'BagIt-Version: M.N'"
                  : i == 1
                      ? "'Tag-File-Character-Encoding: ENCODING'"
                      : "nothing (bagit.txt has exactly two lines)";
          problem(
              Finding.Code.BAD_BAGIT_TXT,
              "bagit.txt",
              "bagit.txt: line " + (i + 1) + " is '" + shorten(line) + "', expected " + expected);
        }
      }
      if (version == null && count == 0) {
        problem(Finding.Code.BAD_BAGIT_TXT, "bagit.txt", "bagit.txt: is empty");
      }
      if (version != null) {
        checkVersion(version);
      }
      if (encoding == null && count == 1) {
        problem(
            Finding.Code.BAD_BAGIT_TXT,
            "bagit.txt",
            "bagit.txt: has no Tag-File-Character-Encoding line");
      }
      if (encoding != null) {
        try {
          charset = Charset.forName(encoding);
          if (!charset.equals(StandardCharsets.UTF_8)) {
            warning(
                Finding.Code.TAG_ENCODING_NOT_UTF8,
                "bagit.txt",
                "bagit.txt: tag files are in " + encoding + "; RFC 8493 recommends UTF-8");
          }
        } catch (IllegalCharsetNameException | java.nio.charset.UnsupportedCharsetException e) {
          problem(
              Finding.Code.BAD_BAGIT_TXT,
              "bagit.txt",
              "bagit.txt: Tag-File-Character-Encoding '"
                  + shorten(encoding)
                  + "' is not an encoding this verifier knows; tag files are read as UTF-8");
        }
      }
    }

    private void checkVersion(String version) {
      Matcher m = VERSION.matcher(version);
      if (!m.matches()) {
        problem(
            Finding.Code.BAD_BAGIT_TXT,
            "bagit.txt",
            "bagit.txt: BagIt-Version '" + shorten(version) + "' is not of the form M.N");
        return;
      }
      int major = Integer.parseInt(m.group(1));
      int minor = Integer.parseInt(m.group(2));
      version1 = major >= 1;
      if (version.equals("1.0") || version.equals("0.97")) {
        return;
      }
      if (major == 0 && minor >= 93 && minor <= 96) {
        warning(
            Finding.Code.OLD_VERSION,
            "bagit.txt",
            "bagit.txt: BagIt-Version " + version + " predates 0.97; checked by the 0.97 rules");
      } else {
        problem(
            Finding.Code.UNSUPPORTED_VERSION,
            "bagit.txt",
            "bagit.txt: BagIt-Version "
                + version
                + " is not supported (0.97 and 1.0 are); its rules may differ");
      }
    }

    // ---- manifests -------------------------------------------------------------------------

    private void readManifests() {
      for (String name : source.files.keySet()) {
        Matcher m = MANIFEST_NAME.matcher(name);
        if (!m.matches()) {
          continue;
        }
        boolean tag = m.group(1) != null;
        if (tag) {
          tagManifestFiles++;
        } else {
          payloadManifestFiles++;
        }
        DigestAlgorithm algorithm = DigestAlgorithm.byBagItName(m.group(2)).orElse(null);
        if (algorithm == null) {
          problem(
              Finding.Code.UNSUPPORTED_ALGORITHM,
              name,
              name
                  + ": algorithm '"
                  + m.group(2)
                  + "' is not supported (md5, sha1, sha224, sha256, sha384 and sha512 are), so"
                  + " its entries cannot be checked");
          continue;
        }
        List<String> lines = readLines(name);
        if (lines != null) {
          manifests.put(
              new Manifest(name, algorithm, tag), parseManifest(name, algorithm, tag, lines));
        }
      }
      if (payloadManifestFiles == 0) {
        problem(
            Finding.Code.NO_PAYLOAD_MANIFEST,
            null,
            "there is no payload manifest (manifest-<algorithm>.txt), so nothing vouches for the"
                + " payload");
      }
      if (tagManifestFiles == 0) {
        warning(
            Finding.Code.NO_TAG_MANIFEST,
            null,
            "there is no tag manifest (tagmanifest-<algorithm>.txt), so the manifests and"
                + " bag-info.txt are not protected by a digest");
      }
      List<DigestAlgorithm> payloadAlgorithms =
          manifests.keySet().stream().filter(m -> !m.tag()).map(Manifest::algorithm).toList();
      if (!payloadAlgorithms.isEmpty() && payloadAlgorithms.stream().allMatch(a -> a.weak)) {
        warning(
            Finding.Code.WEAK_ALGORITHM,
            null,
            "payload manifests use only "
                + payloadAlgorithms.stream()
                    .map(a -> a.displayName)
                    .collect(Collectors.joining(" and "))
                + ", for which collisions can be manufactured; SHA-256 or SHA-512 would prove more");
      }
    }

    private Map<String, String> parseManifest(
        String name, DigestAlgorithm algorithm, boolean tag, List<String> lines) {
      Map<String, String> entries = new LinkedHashMap<>();
      boolean warnedStar = false;
      boolean warnedDot = false;
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i);
        String where = name + " line " + (i + 1);
        if (line.isBlank()) {
          continue;
        }
        Matcher m = MANIFEST_LINE.matcher(line);
        if (!m.matches() || m.group(2).isEmpty()) {
          problem(
              Finding.Code.BAD_MANIFEST_LINE,
              name,
              where + ": expected '<digest> <path>', found '" + shorten(line) + "'");
          continue;
        }
        String hex = m.group(1).toLowerCase(Locale.ROOT);
        if (hex.length() != algorithm.hexLength) {
          problem(
              Finding.Code.BAD_MANIFEST_LINE,
              name,
              where
                  + ": a "
                  + algorithm.displayName
                  + " digest has "
                  + algorithm.hexLength
                  + " hex digits, this one has "
                  + hex.length());
          continue;
        }
        String raw = m.group(2);
        if (raw.startsWith("*")) {
          // md5sum and sha*sum write '*' before the name in binary mode.
          raw = raw.substring(1);
          if (!warnedStar) {
            warnedStar = true;
            warning(
                Finding.Code.NONCANONICAL_PATH,
                name,
                name + ": paths start with '*' (written by md5sum-style tools); ignored");
          }
        }
        String path = percentDecode(raw);
        if (path.startsWith("./")) {
          while (path.startsWith("./")) {
            path = path.substring(2);
          }
          if (!warnedDot) {
            warnedDot = true;
            warning(
                Finding.Code.NONCANONICAL_PATH,
                name,
                name
                    + ": paths start with './'; RFC 8493 paths are relative to the bag without it");
          }
        }
        String outside = outside(path);
        if (outside != null) {
          problem(
              Finding.Code.PATH_OUTSIDE_BAG,
              path,
              where + ": '" + shorten(path) + "' " + outside + "; it points outside the bag");
          continue;
        }
        if (!plain(path)) {
          problem(
              Finding.Code.BAD_MANIFEST_LINE,
              path,
              where + ": '" + shorten(path) + "' has empty or '.' path segments");
          continue;
        }
        if (!tag && !path.startsWith("data/")) {
          problem(
              Finding.Code.NOT_A_PAYLOAD_PATH,
              path,
              where + ": '" + shorten(path) + "' is not under data/, so it is not a payload file");
          continue;
        }
        String alternative = fullyDecode(path);
        if (alternative != null
            && !alternative.equals(path)
            && outside(alternative) == null
            && plain(alternative)
            && (tag || alternative.startsWith("data/"))) {
          fullyDecoded.put(path, alternative);
        }
        String earlier = entries.putIfAbsent(path, hex);
        if (earlier != null) {
          if (!earlier.equals(hex)) {
            problem(
                Finding.Code.DUPLICATE_ENTRY,
                path,
                path
                    + ": listed twice in "
                    + name
                    + " with different digests "
                    + earlier
                    + " and "
                    + hex);
          } else if (version1) {
            problem(
                Finding.Code.DUPLICATE_ENTRY,
                path,
                path + ": listed twice in " + name + "; BagIt 1.0 lists each file once");
          } else {
            warning(
                Finding.Code.DUPLICATE_ENTRY,
                path,
                path + ": listed twice in " + name + " (with the same digest)");
          }
        }
      }
      return entries;
    }

    // ---- fetch.txt -------------------------------------------------------------------------

    private void readFetch() {
      if (!source.files.containsKey("fetch.txt")) {
        return;
      }
      List<String> lines = readLines("fetch.txt");
      if (lines == null) {
        return;
      }
      int present = 0;
      int problemsBefore = problems.size();
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i);
        String where = "fetch.txt line " + (i + 1);
        if (line.isBlank()) {
          continue;
        }
        String[] parts = line.strip().split("[ \\t]+", 3);
        if (parts.length < 3 || !(parts[1].equals("-") || parts[1].matches("\\d+"))) {
          problem(
              Finding.Code.BAD_FETCH_LINE,
              "fetch.txt",
              where + ": expected '<url> <length or -> <path>', found '" + shorten(line) + "'");
          continue;
        }
        String path = percentDecode(parts[2]);
        String outside = outside(path);
        if (outside != null) {
          problem(
              Finding.Code.PATH_OUTSIDE_BAG,
              path,
              where + ": '" + shorten(path) + "' " + outside + "; it points outside the bag");
          continue;
        }
        if (!path.startsWith("data/") || !plain(path)) {
          problem(
              Finding.Code.NOT_A_PAYLOAD_PATH,
              path,
              where + ": '" + shorten(path) + "' is not a plain path under data/");
          continue;
        }
        if (source.files.containsKey(path)) {
          present++;
        } else {
          missingFetched.add(path);
          problem(
              Finding.Code.FETCH_NOT_SUPPORTED,
              path,
              path
                  + ": is to be fetched from "
                  + shorten(parts[0])
                  + " (fetch.txt); this verifier does not fetch, so the bag is incomplete");
        }
      }
      if (present > 0 && problems.size() == problemsBefore) {
        warning(
            Finding.Code.FETCH_LISTED_PRESENT,
            "fetch.txt",
            "fetch.txt: lists "
                + present
                + " file(s) that are already in the bag; they were verified like the others and"
                + " nothing was fetched");
      }
    }

    // ---- presence and digests --------------------------------------------------------------

    private void checkFiles() {
      // Every expected digest of every listed path, so each file is read once for all of them.
      Map<String, List<Expected>> expected = new TreeMap<>();
      for (Map.Entry<Manifest, Map<String, String>> m : manifests.entrySet()) {
        for (Map.Entry<String, String> e : m.getValue().entrySet()) {
          expected
              .computeIfAbsent(e.getKey(), k -> new ArrayList<>())
              .add(new Expected(m.getKey().algorithm(), e.getValue(), m.getKey().name()));
        }
      }
      Map<String, List<String>> byKey = new HashMap<>();
      for (String present : source.files.keySet()) {
        byKey.computeIfAbsent(nameKey(present), k -> new ArrayList<>()).add(present);
      }
      Map<String, String> physical = new TreeMap<>();
      Map<String, EnumSet<DigestAlgorithm>> needed = new TreeMap<>();
      for (Map.Entry<String, List<Expected>> e : expected.entrySet()) {
        String listed = e.getKey();
        String file = null;
        if (source.files.containsKey(listed)) {
          file = listed;
        } else if (!missingFetched.contains(listed)) {
          String alternative = fullyDecoded.get(listed);
          List<String> candidates = byKey.getOrDefault(nameKey(listed), List.of());
          if (alternative != null && source.files.containsKey(alternative)) {
            file = alternative;
          } else if (candidates.size() == 1) {
            file = candidates.get(0);
          } else {
            problem(
                Finding.Code.MISSING_FILE,
                listed,
                listed + ": listed in " + manifestNames(e.getValue()) + " but not in the bag");
          }
        }
        if (file != null) {
          physical.put(listed, file);
          EnumSet<DigestAlgorithm> set =
              needed.computeIfAbsent(file, k -> EnumSet.noneOf(DigestAlgorithm.class));
          e.getValue().forEach(x -> set.add(x.algorithm()));
        }
      }
      Map<String, Map<DigestAlgorithm, String>> actual = new HashMap<>();
      for (Map.Entry<String, EnumSet<DigestAlgorithm>> n : needed.entrySet()) {
        Map<DigestAlgorithm, String> digests = digest(n.getKey(), n.getValue());
        if (digests != null) {
          actual.put(n.getKey(), digests);
        }
      }
      // Payload files some manifest lists under a case or normalization variant of their name.
      Map<String, Set<String>> variantListedIn = new HashMap<>();
      for (Map.Entry<String, String> p : physical.entrySet()) {
        String listed = p.getKey();
        String file = p.getValue();
        Map<DigestAlgorithm, String> digests = actual.get(file);
        if (digests == null) {
          continue;
        }
        boolean variant = !listed.equals(file);
        boolean allMatch = true;
        for (Expected x : expected.get(listed)) {
          String is = digests.get(x.algorithm());
          if (!is.equals(x.hex())) {
            allMatch = false;
            if (!variant) {
              problem(
                  Finding.Code.DIGEST_MISMATCH,
                  listed,
                  listed
                      + ": "
                      + x.algorithm().displayName
                      + " is "
                      + is
                      + " but "
                      + x.manifest()
                      + " says "
                      + x.hex());
            }
          }
        }
        if (!variant) {
          continue;
        }
        if (allMatch) {
          // Same bytes under a name that case-insensitive or normalizing file systems treat as
          // the same file: nothing listed is missing, but the bag is not portable as written.
          if (file.equals(fullyDecoded.get(listed))) {
            warning(
                Finding.Code.NONCANONICAL_PATH,
                listed,
                listed
                    + ": listed in "
                    + manifestNames(expected.get(listed))
                    + " with percent-encoding RFC 8493 does not use (only %, CR and LF are"
                    + " encoded); decoded fully it is "
                    + file
                    + ", which is in the bag with the listed digests");
          } else {
            warning(
                Finding.Code.NAME_VARIANT,
                listed,
                listed
                    + ": listed in "
                    + manifestNames(expected.get(listed))
                    + " but the bag holds "
                    + file
                    + (sameNormalized(listed, file)
                        ? ", the same name in another Unicode normalization (NFC/NFD),"
                        : ", a name that differs only by case,")
                    + " with the listed digests");
          }
          for (Expected x : expected.get(listed)) {
            variantListedIn.computeIfAbsent(file, k -> new LinkedHashSet<>()).add(x.manifest());
          }
        } else {
          problem(
              Finding.Code.MISSING_FILE,
              listed,
              listed
                  + ": listed in "
                  + manifestNames(expected.get(listed))
                  + " but not in the bag ("
                  + file
                  + " differs only by case or normalization, and has other content)");
        }
      }
      List<Manifest> payloadManifests = manifests.keySet().stream().filter(m -> !m.tag()).toList();
      if (payloadManifests.isEmpty()) {
        return;
      }
      for (String file : source.files.keySet()) {
        if (!file.startsWith("data/")) {
          continue;
        }
        List<String> notIn = new ArrayList<>();
        for (Manifest m : payloadManifests) {
          if (!manifests.get(m).containsKey(file)
              && !variantListedIn.getOrDefault(file, Set.of()).contains(m.name())) {
            notIn.add(m.name());
          }
        }
        if (notIn.size() == payloadManifests.size()) {
          problem(
              Finding.Code.UNLISTED_FILE,
              file,
              file + ": is in the payload but no payload manifest lists it");
        } else if (!notIn.isEmpty()) {
          problem(
              Finding.Code.UNLISTED_FILE,
              file,
              file
                  + ": is in the payload but not listed in "
                  + String.join(", ", notIn)
                  + "; every payload manifest must list every payload file");
        }
      }
    }

    /** Reads the file once, feeding every algorithm; null (and a problem) when unreadable. */
    private Map<DigestAlgorithm, String> digest(String path, Set<DigestAlgorithm> algorithms) {
      Map<DigestAlgorithm, MessageDigest> digests = new EnumMap<>(DigestAlgorithm.class);
      algorithms.forEach(a -> digests.put(a, a.newDigest()));
      try (InputStream in = source.open(path)) {
        int n;
        while ((n = in.read(buffer)) != -1) {
          for (MessageDigest d : digests.values()) {
            d.update(buffer, 0, n);
          }
        }
      } catch (IOException | RuntimeException e) {
        problem(Finding.Code.UNREADABLE_FILE, path, path + ": cannot be read (" + e + ")");
        return null;
      }
      Map<DigestAlgorithm, String> hex = new EnumMap<>(DigestAlgorithm.class);
      digests.forEach((a, d) -> hex.put(a, HexFormat.of().formatHex(d.digest())));
      return hex;
    }

    // ---- bag-info.txt ----------------------------------------------------------------------

    private void readBagInfo() {
      if (!source.files.containsKey("bag-info.txt")) {
        if (!problems.stream().anyMatch(p -> "bag-info.txt".equals(p.path()))) {
          warning(
              Finding.Code.NO_BAG_INFO,
              null,
              "there is no bag-info.txt (optional, but it usually says who made the bag, when,"
                  + " and its Payload-Oxum)");
        }
        return;
      }
      List<String> lines = readLines("bag-info.txt");
      if (lines == null) {
        return;
      }
      List<String[]> labelled = new ArrayList<>();
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i);
        if (line.isBlank()) {
          continue;
        }
        if (line.charAt(0) == ' ' || line.charAt(0) == '\t') {
          if (labelled.isEmpty()) {
            problem(
                Finding.Code.BAD_BAG_INFO,
                "bag-info.txt",
                "bag-info.txt line " + (i + 1) + ": a continuation line with no label before it");
          } else {
            String[] last = labelled.get(labelled.size() - 1);
            last[1] = last[1] + " " + line.strip();
          }
          continue;
        }
        int colon = line.indexOf(':');
        if (colon <= 0 || line.substring(0, colon).isBlank()) {
          problem(
              Finding.Code.BAD_BAG_INFO,
              "bag-info.txt",
              "bag-info.txt line "
                  + (i + 1)
                  + ": expected 'Label: value', found '"
                  + shorten(line)
                  + "'");
          continue;
        }
        labelled.add(
            new String[] {line.substring(0, colon).strip(), line.substring(colon + 1).strip()});
      }
      Map<String, Integer> counts = new HashMap<>();
      for (String[] lv : labelled) {
        String label = lv[0].toLowerCase(Locale.ROOT);
        if (counts.merge(label, 1, Integer::sum) == 2 && NON_REPEATABLE.contains(label)) {
          warning(
              Finding.Code.REPEATED_METADATA,
              "bag-info.txt",
              "bag-info.txt: " + lv[0] + " appears more than once; RFC 8493 allows it once");
        }
        if (label.equals("payload-oxum")) {
          checkOxum(lv[1]);
        } else if (label.equals("bagging-date") && !isDate(lv[1])) {
          warning(
              Finding.Code.BAD_BAGGING_DATE,
              "bag-info.txt",
              "bag-info.txt: Bagging-Date '" + shorten(lv[1]) + "' is not a YYYY-MM-DD date");
        }
      }
    }

    private void checkOxum(String value) {
      Matcher m = OXUM.matcher(value);
      if (!m.matches()) {
        problem(
            Finding.Code.BAD_BAG_INFO,
            "bag-info.txt",
            "bag-info.txt: Payload-Oxum '" + shorten(value) + "' is not <octets>.<file count>");
        return;
      }
      long octets = Long.parseLong(m.group(1));
      long count = Long.parseLong(m.group(2));
      if (octets != payloadBytes || count != payloadFiles) {
        problem(
            Finding.Code.OXUM_MISMATCH,
            "bag-info.txt",
            "bag-info.txt: Payload-Oxum says "
                + octets
                + " bytes in "
                + count
                + " files but the payload holds "
                + payloadBytes
                + " bytes in "
                + payloadFiles
                + " files");
      }
    }

    private static boolean isDate(String s) {
      if (!DATE.matcher(s).matches()) {
        return false;
      }
      try {
        LocalDate.parse(s);
        return true;
      } catch (DateTimeParseException e) {
        return false;
      }
    }

    // ---- tag files, names, audit -----------------------------------------------------------

    private void checkTagFiles() {
      Set<String> covered = new HashSet<>();
      manifests.forEach(
          (m, entries) -> {
            if (m.tag()) {
              covered.addAll(entries.keySet());
            }
          });
      for (String file : source.files.keySet()) {
        if (file.startsWith("data/")
            || file.equals("bagit.txt")
            || file.equals("bag-info.txt")
            || file.equals("fetch.txt")
            || MANIFEST_NAME.matcher(file).matches()
            || covered.contains(file)) {
          continue;
        }
        warning(
            Finding.Code.UNCHECKED_TAG_FILE,
            file,
            file + ": a tag file that no tag manifest lists, so its integrity is not checked");
      }
    }

    private void checkNames() {
      Map<String, List<String>> byKey = new TreeMap<>();
      for (String file : source.files.keySet()) {
        byKey.computeIfAbsent(nameKey(file), k -> new ArrayList<>()).add(file);
        String last = file.substring(file.lastIndexOf('/') + 1);
        if (file.startsWith("data/")
            && (SYSTEM_FILES.contains(last.toLowerCase(Locale.ROOT)) || last.startsWith("._"))) {
          warning(
              Finding.Code.SYSTEM_FILE,
              file,
              file + ": an operating-system file (" + last + "), probably bagged by accident");
        }
      }
      for (List<String> same : byKey.values()) {
        if (same.size() > 1) {
          warning(
              Finding.Code.NAME_COLLISION,
              same.get(0),
              String.join(" and ", same)
                  + ": names differ only by case or Unicode normalization; they collide on"
                  + " case-insensitive or normalizing file systems");
        }
      }
    }

    private void checkAuditExtract() {
      Long size = source.files.get(AuditExtract.PATH);
      if (size == null) {
        return;
      }
      String where = AuditExtract.PATH;
      if (size > MAX_AUDIT_EXTRACT) {
        problem(
            Finding.Code.AUDIT_EXTRACT_MALFORMED,
            where,
            where + ": " + size + " bytes, too large to check (limit " + MAX_AUDIT_EXTRACT + ")");
        return;
      }
      byte[] raw = readSmall(where, MAX_AUDIT_EXTRACT);
      if (raw == null) {
        return;
      }
      String text;
      try {
        text = strict(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(raw)).toString();
      } catch (CharacterCodingException e) {
        problem(Finding.Code.AUDIT_EXTRACT_MALFORMED, where, where + ": is not valid UTF-8");
        return;
      }
      AuditExtract.check(text, problems::add, warnings::add);
    }

    // ---- helpers ---------------------------------------------------------------------------

    /** Lines of a tag file in the declared encoding; null (and a problem) when undecodable. */
    private List<String> readLines(String path) {
      List<String> lines = new ArrayList<>();
      try (BufferedReader r =
          new BufferedReader(new InputStreamReader(source.open(path), strict(charset)))) {
        String line;
        while ((line = r.readLine()) != null) {
          lines.add(line);
        }
      } catch (CharacterCodingException e) {
        problem(
            Finding.Code.BAD_ENCODING,
            path,
            path + ": is not valid " + charset.name() + " (the encoding bagit.txt declares)");
        return null;
      } catch (IOException | RuntimeException e) {
        problem(Finding.Code.UNREADABLE_FILE, path, path + ": cannot be read (" + e + ")");
        return null;
      }
      if (!lines.isEmpty() && lines.get(0).startsWith("\uFEFF")) {
        lines.set(0, lines.get(0).substring(1));
        if (charset.equals(StandardCharsets.UTF_8)) {
          warning(
              Finding.Code.BOM_IN_TAG_FILE,
              path,
              path + ": starts with a byte order mark, which UTF-8 tag files should not have");
        }
      }
      return lines;
    }

    private byte[] readSmall(String path, long max) {
      long size = source.files.getOrDefault(path, 0L);
      if (size > max) {
        problem(
            Finding.Code.UNREADABLE_FILE,
            path,
            path + ": " + size + " bytes, more than the " + max + " this verifier reads for it");
        return null;
      }
      try (InputStream in = source.open(path)) {
        byte[] raw = in.readNBytes((int) max + 1);
        if (raw.length > max) {
          problem(Finding.Code.UNREADABLE_FILE, path, path + ": larger than " + max + " bytes");
          return null;
        }
        return raw;
      } catch (IOException | RuntimeException e) {
        problem(Finding.Code.UNREADABLE_FILE, path, path + ": cannot be read (" + e + ")");
        return null;
      }
    }

    private void problem(Finding.Code code, String path, String message) {
      problems.add(new Finding(code, path, message));
    }

    private void warning(Finding.Code code, String path, String message) {
      warnings.add(new Finding(code, path, message));
    }
  }

  // ---- path rules ----------------------------------------------------------------------------

  /**
   * RFC 8493 §2.1.3: a manifest path encodes LF, CR and '%' as %0A, %0D and %25. Any other '%' is
   * kept as it is, as older bags wrote names such as "%7Etest.txt" literally.
   */
  static String percentDecode(String s) {
    if (s.indexOf('%') < 0) {
      return s;
    }
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '%' && i + 2 < s.length()) {
        String code = s.substring(i + 1, i + 3).toUpperCase(Locale.ROOT);
        if (code.equals("0A")) {
          b.append('\n');
          i += 2;
          continue;
        } else if (code.equals("0D")) {
          b.append('\r');
          i += 2;
          continue;
        } else if (code.equals("25")) {
          b.append('%');
          i += 2;
          continue;
        }
      }
      b.append(c);
    }
    return b.toString();
  }

  /**
   * Decodes every %XX as UTF-8, for manifests written by tools that encode more than RFC 8493 asks
   * (such as spaces as %20); null when the result is not valid UTF-8 or has no '%' to decode.
   * Applied to the RFC-decoded path, so an original "%25" stays a literal '%' only by chance; it is
   * a fallback, used only when the file named by the RFC reading is absent.
   */
  static String fullyDecode(String path) {
    if (!path.matches("(?s).*%[0-9A-Fa-f]{2}.*")) {
      return null;
    }
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      if (c == '%'
          && i + 2 < path.length()
          && Character.digit(path.charAt(i + 1), 16) >= 0
          && Character.digit(path.charAt(i + 2), 16) >= 0) {
        bytes.write(Integer.parseInt(path.substring(i + 1, i + 3), 16));
        i += 2;
      } else {
        byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        if (Character.isHighSurrogate(c) && i + 1 < path.length()) {
          b = path.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
          i++;
        }
        bytes.writeBytes(b);
      }
    }
    try {
      return strict(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /** Why the path leaves the bag, or null when it stays inside. */
  private static String outside(String path) {
    if (path.startsWith("/")) {
      return "is an absolute path";
    }
    if (path.startsWith("\\")) {
      return "starts with a backslash, a Windows absolute path";
    }
    if (path.matches("(?s)^[A-Za-z]:[/\\\\].*")) {
      return "is a Windows absolute path";
    }
    if (path.startsWith("~")) {
      return "starts with '~', a shell shortcut for a home directory";
    }
    for (String segment : path.split("/", -1)) {
      if (segment.equals("..")) {
        return "contains '..'";
      }
    }
    return null;
  }

  /** No empty or '.' segments: a path names one file one way. */
  private static boolean plain(String path) {
    for (String segment : path.split("/", -1)) {
      if (segment.isEmpty() || segment.equals(".")) {
        return false;
      }
    }
    return true;
  }

  /** Names equal under this key are one file on case-insensitive or normalizing file systems. */
  private static String nameKey(String path) {
    return java.text.Normalizer.normalize(path, java.text.Normalizer.Form.NFC)
        .toLowerCase(Locale.ROOT);
  }

  private static boolean sameNormalized(String a, String b) {
    return java.text.Normalizer.normalize(a, java.text.Normalizer.Form.NFC)
        .equals(java.text.Normalizer.normalize(b, java.text.Normalizer.Form.NFC));
  }

  private static String manifestNames(List<Expected> expected) {
    return expected.stream().map(Expected::manifest).distinct().collect(Collectors.joining(", "));
  }

  private static String shorten(String s) {
    String visible = s.replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t");
    return visible.length() <= 120 ? visible : visible.substring(0, 117) + "...";
  }

  private static CharsetDecoder strict(Charset charset) {
    return charset
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }
}
