package org.evidentia.intake.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The words an incident is found by (ADR 0012). Search matches the start of words, the same way on
 * H2 and PostgreSQL, through an index instead of scanning every narrative.
 *
 * <p>Words are runs of letters and digits, lower-cased; apostrophes inside Ukrainian words (м'ясо,
 * об’єкт) are dropped so every spelling of the apostrophe finds the same word.
 */
final class SearchTerms {

  /** The column's width; longer words are cut, and so are the words searched for. */
  static final int MAX_LENGTH = 40;

  /** Words searched at most, so a pasted paragraph cannot make a query of hundreds of joins. */
  static final int MAX_QUERY_WORDS = 6;

  private SearchTerms() {}

  /** The distinct words of the texts (nulls are skipped). */
  static Set<String> of(String... texts) {
    Set<String> words = new LinkedHashSet<>();
    for (String text : texts) {
      if (text != null) {
        words.addAll(split(text));
      }
    }
    return words;
  }

  /** The words of a search, in order, without repeats and at most {@link #MAX_QUERY_WORDS}. */
  static List<String> query(String text) {
    List<String> words = new ArrayList<>(new LinkedHashSet<>(split(text)));
    return words.size() > MAX_QUERY_WORDS ? words.subList(0, MAX_QUERY_WORDS) : words;
  }

  private static List<String> split(String text) {
    String plain = text.toLowerCase(Locale.ROOT).replaceAll("['’ʼ`]", "");
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    plain
        .codePoints()
        .forEach(
            c -> {
              if (Character.isLetterOrDigit(c)) {
                word.appendCodePoint(c);
              } else {
                add(words, word);
              }
            });
    add(words, word);
    return words;
  }

  private static void add(List<String> words, StringBuilder word) {
    if (word.length() > 0) {
      words.add(word.length() > MAX_LENGTH ? word.substring(0, MAX_LENGTH) : word.toString());
      word.setLength(0);
    }
  }
}
