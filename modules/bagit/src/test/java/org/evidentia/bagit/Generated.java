package org.evidentia.bagit;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Supplier;

/**
 * (A copy of the kernel's test helper of the same name: this module stands alone, even in its
 * tests, so that {@code ./evidentia verify-bundle} builds it without the rest.)
 *
 * <p>Seeded random inputs for the fuzz tests. Every run uses the same base seed unless the system
 * property {@value #SEED_PROPERTY} names another, so a run can be repeated exactly; each try draws
 * from its own seed, derived from the base seed, the name of what is fuzzed and the try number, and
 * a failing try names them in its message.
 */
final class Generated {

  static final String SEED_PROPERTY = "evidentia.fuzz.seed";

  /** The seed of every run that names none: a fixed one keeps builds reproducible. */
  private static final long DEFAULT_SEED = 20_260_823L;

  private final SplittableRandom random;

  private Generated(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /** Something checked once per try, given that try's generator. */
  @FunctionalInterface
  interface Try {
    void check(Generated generated) throws Exception;
  }

  /** The base seed of this run. */
  static long baseSeed() {
    String value = System.getProperty(SEED_PROPERTY);
    return value == null || value.isBlank() ? DEFAULT_SEED : Long.decode(value.trim());
  }

  /** The seed of one try: distinct per name and try number, repeatable from the base seed. */
  static long seedOf(String name, int tryNumber) {
    SplittableRandom mixer = new SplittableRandom(baseSeed() ^ ((long) name.hashCode() << 32));
    long seed = mixer.nextLong();
    for (int i = 0; i < tryNumber; i++) {
      seed = mixer.nextLong();
    }
    return seed;
  }

  /** The generator of one try. */
  static Generated forTry(String name, int tryNumber) {
    return new Generated(seedOf(name, tryNumber));
  }

  /** How to repeat a try: the system property to set and which try it was. */
  static String replay(String name, int tryNumber) {
    return name
        + " try "
        + tryNumber
        + " (seed "
        + seedOf(name, tryNumber)
        + "; repeat with -D"
        + SEED_PROPERTY
        + "="
        + baseSeed()
        + ")";
  }

  /** Runs {@code tries} tries; the first that fails fails the test, naming its seed. */
  static void tries(String name, int tries, Try check) {
    for (int i = 0; i < tries; i++) {
      try {
        check.check(forTry(name, i));
      } catch (Exception | AssertionError | StackOverflowError e) {
        throw new AssertionError(replay(name, i) + " failed: " + e, e);
      }
    }
  }

  // ---- values ---------------------------------------------------------------------------------

  /** Between {@code min} and {@code max}, both included. */
  int between(int min, int max) {
    return random.nextInt(min, max + 1);
  }

  boolean chance(int oneIn) {
    return random.nextInt(oneIn) == 0;
  }

  /** A length up to {@code max}, now and then the empty or the largest one. */
  int length(int max) {
    return switch (random.nextInt(10)) {
      case 0 -> 0;
      case 1 -> max;
      default -> random.nextInt(max + 1);
    };
  }

  byte aByte() {
    return (byte) random.nextInt(256);
  }

  byte[] bytes(int maxLength) {
    return bytesOfLength(length(maxLength));
  }

  byte[] bytesOfLength(int length) {
    byte[] bytes = new byte[length];
    random.nextBytes(bytes);
    return bytes;
  }

  long aLong() {
    return chance(5)
        ? pick(0L, 1L, -1L, Long.MIN_VALUE, Long.MAX_VALUE, Integer.MAX_VALUE + 1L)
        : random.nextLong();
  }

  double aDouble() {
    return chance(5)
        ? pick(0.0, -0.0, Double.MIN_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, 1e-300)
        : Double.longBitsToDouble(random.nextLong());
  }

  /**
   * Text of any characters: ASCII, controls, other scripts, combining marks and characters outside
   * the Basic Multilingual Plane (as surrogate pairs, never alone).
   */
  String string(int maxLength) {
    int length = length(maxLength);
    StringBuilder text = new StringBuilder(length);
    while (text.length() < length) {
      int codePoint =
          switch (random.nextInt(6)) {
            case 0 -> random.nextInt(0x20);
            case 1, 2 -> random.nextInt(0x20, 0x7F);
            case 3 -> random.nextInt(0x80, 0x800);
            case 4 -> random.nextInt(0x800, 0x10000);
            default -> random.nextInt(0x10000, 0x110000);
          };
      if (codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE) {
        continue;
      }
      if (text.length() + Character.charCount(codePoint) <= length) {
        text.appendCodePoint(codePoint);
      }
    }
    return text.toString();
  }

  @SafeVarargs
  final <T> T pick(T... options) {
    return options[random.nextInt(options.length)];
  }

  <T> T pick(List<T> options) {
    return options.get(random.nextInt(options.size()));
  }

  /** One of the generators, each as likely. */
  @SafeVarargs
  final <T> T oneOf(Supplier<? extends T>... generators) {
    return pick(generators).get();
  }

  <T> List<T> list(int minSize, int maxSize, Supplier<T> element) {
    int size = minSize + length(maxSize - minSize);
    List<T> list = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      list.add(element.get());
    }
    return list;
  }
}
