package org.evidentia.bagit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A bag inside a ZIP, at its root or inside one top-level directory. Entries are streamed from the
 * ZIP (its central directory is read, never the whole file), so memory stays flat.
 */
final class ZipSource extends BagSource {

  private final ZipFile zip;
  private final Map<String, ZipEntry> entries = new HashMap<>();
  private boolean payloadDirectory;

  ZipSource(Path file) throws IOException {
    ZipFile z;
    try {
      z = new ZipFile(file.toFile(), StandardCharsets.UTF_8);
    } catch (IOException | RuntimeException e) {
      throw new IOException(
          "not a directory or a readable ZIP file ("
              + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())
              + ")",
          e);
    }
    this.zip = z;
    try {
      index();
    } catch (RuntimeException e) {
      // Malformed central directory entries surface as unchecked exceptions.
      z.close();
      throw new IOException("unreadable ZIP file (" + e.getMessage() + ")", e);
    }
  }

  private void index() {
    List<ZipEntry> all = new ArrayList<>();
    Set<String> names = new LinkedHashSet<>();
    boolean rootBagitTxt = false;
    Set<String> topLevel = new LinkedHashSet<>();
    for (Enumeration<? extends ZipEntry> en = zip.entries(); en.hasMoreElements(); ) {
      ZipEntry e = en.nextElement();
      String name = e.getName();
      if (!names.add(name)) {
        // Two entries with one name: which one an unzip tool keeps varies, so the bag is ambiguous.
        problems.add(
            new Finding(
                Finding.Code.BAD_ZIP_ENTRY,
                name,
                name + ": appears more than once in the ZIP; which copy counts is ambiguous"));
        continue;
      }
      String unsafe = unsafe(name);
      if (unsafe != null) {
        problems.add(new Finding(Finding.Code.BAD_ZIP_ENTRY, name, name + ": " + unsafe));
        continue;
      }
      all.add(e);
      String first = name.contains("/") ? name.substring(0, name.indexOf('/')) : name;
      if (name.equals("bagit.txt")) {
        rootBagitTxt = true;
      }
      if (!first.equals("__MACOSX")) {
        topLevel.add(name.contains("/") ? first + "/" : first);
      }
    }
    String prefix = "";
    if (!rootBagitTxt && topLevel.size() == 1) {
      String only = topLevel.iterator().next();
      if (only.endsWith("/") && names.contains(only + "bagit.txt")) {
        prefix = only;
      }
    }
    for (ZipEntry e : all) {
      String name = e.getName();
      if (name.startsWith("__MACOSX/") && !prefix.isEmpty()) {
        // macOS Finder adds resource forks beside the bag's folder; they are not part of the bag.
        warnings.add(
            new Finding(
                Finding.Code.SYSTEM_FILE,
                name,
                name + ": macOS resource-fork entry beside the bag, ignored"));
        continue;
      }
      if (!name.startsWith(prefix)) {
        continue;
      }
      String rel = name.substring(prefix.length());
      if (rel.equals("data/") || rel.startsWith("data/")) {
        payloadDirectory = true;
      }
      if (e.isDirectory() || rel.isEmpty()) {
        continue;
      }
      entries.put(rel, e);
      files.put(rel, e.getSize() < 0 ? 0L : e.getSize());
    }
  }

  /** Why a ZIP entry name could escape the extraction directory, or null when it cannot. */
  private static String unsafe(String name) {
    if (name.startsWith("/") || name.contains("\\") || name.matches("^[A-Za-z]:.*")) {
      return "absolute or Windows-style entry name; it could be extracted outside the bag";
    }
    for (String segment : name.split("/", -1)) {
      if (segment.equals("..")) {
        return "entry name contains '..'; it could be extracted outside the bag";
      }
    }
    return null;
  }

  @Override
  boolean hasPayloadDirectory() {
    return payloadDirectory;
  }

  @Override
  InputStream open(String path) throws IOException {
    ZipEntry e = entries.get(path);
    if (e == null) {
      throw new IOException(path + " is not a file of this bag");
    }
    return zip.getInputStream(e);
  }

  @Override
  public void close() throws IOException {
    zip.close();
  }
}
