package org.evidentia.bagit;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * {@code java -jar evidentia-bagit.jar FILE.zip|DIR}: verifies a case bundle offline and prints
 * each problem and warning on its own line, then the verdict.
 *
 * <p>Exit codes: 0 intact (warnings allowed), 1 not intact (at least one problem; this includes a
 * readable directory or ZIP that holds no bagit.txt), 2 usage error or input that cannot be read as
 * a directory or ZIP at all (missing, a random file, a truncated ZIP).
 */
public final class VerifyBundle {

  static final int INTACT = 0;
  static final int NOT_INTACT = 1;
  static final int UNUSABLE = 2;

  private static final String USAGE =
      "usage: verify-bundle FILE.zip|DIRECTORY\n"
          + "Verifies a BagIt bag (a case bundle) offline: every manifest digest, Payload-Oxum and\n"
          + "the audit extract's hash chain. Exit code 0 intact, 1 not intact, 2 unusable input.";

  private VerifyBundle() {}

  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    System.exit(run(args, out, err));
  }

  /** Does the work of {@link #main} and returns the exit code, so tests need no System.exit. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length == 1 && (args[0].equals("-h") || args[0].equals("--help"))) {
      out.println(USAGE);
      return INTACT;
    }
    if (args.length != 1 || args[0].isEmpty()) {
      err.println(USAGE);
      return UNUSABLE;
    }
    Path bag;
    try {
      bag = Path.of(args[0]);
    } catch (InvalidPathException e) {
      err.println("verify-bundle: not a usable path: " + args[0]);
      return UNUSABLE;
    }
    if (!Files.exists(bag)) {
      err.println("verify-bundle: " + args[0] + ": no such file or directory");
      return UNUSABLE;
    }
    Verdict verdict;
    try {
      verdict = new BagVerifier().verify(bag);
    } catch (NoSuchFileException e) {
      err.println("verify-bundle: " + args[0] + ": no such file or directory");
      return UNUSABLE;
    } catch (IOException | RuntimeException e) {
      // Bad input must give a message, never a stack trace.
      err.println(
          "verify-bundle: "
              + args[0]
              + ": cannot be read as a bag: "
              + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
      return UNUSABLE;
    }
    for (Finding f : verdict.problems()) {
      out.println("PROBLEM " + f.code() + ": " + f.message());
    }
    for (Finding f : verdict.warnings()) {
      out.println("WARNING " + f.code() + ": " + f.message());
    }
    if (verdict.valid()) {
      out.println(
          "INTACT: "
              + verdict.payloadFiles()
              + " payload files, "
              + verdict.payloadBytes()
              + " bytes, every manifest entry matches");
      return INTACT;
    }
    out.println("NOT INTACT: " + verdict.problems().size() + " problem(s)");
    return NOT_INTACT;
  }
}
