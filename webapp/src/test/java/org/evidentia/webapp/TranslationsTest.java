package org.evidentia.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every text a person reads exists in English and in Ukrainian, with the same placeholders. */
class TranslationsTest {

  static List<String> bundles() {
    return List.of(
        "org/evidentia/webapp/messages",
        "org/evidentia/webapp/faces",
        "org/evidentia/audit/messages",
        "org/evidentia/identity/messages",
        "org/evidentia/intake/messages",
        "org/evidentia/evidence/messages",
        "org/evidentia/verification/messages",
        "org/evidentia/classification/messages",
        "org/evidentia/bundle/messages",
        "org/evidentia/bundle/summary");
  }

  private static Properties load(String path) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = TranslationsTest.class.getClassLoader().getResourceAsStream(path)) {
      assertThat(in).as(path).isNotNull();
      properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    }
    return properties;
  }

  @ParameterizedTest
  @MethodSource("bundles")
  void ukrainianHasEveryKeyOfEnglishAndNoOther(String bundle) throws IOException {
    Properties english = load(bundle + ".properties");
    Properties ukrainian = load(bundle + "_uk.properties");
    assertThat(ukrainian.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
  }

  @ParameterizedTest
  @MethodSource("bundles")
  void everyTextIsFilledAndKeepsItsPlaceholders(String bundle) throws IOException {
    Properties english = load(bundle + ".properties");
    Properties ukrainian = load(bundle + "_uk.properties");
    for (String key : english.stringPropertyNames()) {
      assertThat(english.getProperty(key)).as(key).isNotBlank();
      assertThat(ukrainian.getProperty(key)).as(key).isNotBlank();
      assertThat(placeholders(ukrainian.getProperty(key)))
          .as(bundle + " " + key)
          .isEqualTo(placeholders(english.getProperty(key)));
    }
  }

  @ParameterizedTest
  @MethodSource("bundles")
  void ukrainianIsActuallyTranslated(String bundle) throws IOException {
    Properties english = load(bundle + ".properties");
    Properties ukrainian = load(bundle + "_uk.properties");
    long same =
        english.stringPropertyNames().stream()
            .filter(k -> english.getProperty(k).equals(ukrainian.getProperty(k)))
            .count();
    // Only a symbol such as "No." may coincide; any real sentence left in English is a gap.
    assertThat(same).as(bundle).isLessThanOrEqualTo(1);
  }

  @ParameterizedTest
  @MethodSource("bundles")
  void noKeyIsDefinedTwice(String bundle) throws IOException {
    for (String file : List.of(bundle + ".properties", bundle + "_uk.properties")) {
      try (InputStream in = TranslationsTest.class.getClassLoader().getResourceAsStream(file)) {
        List<String> keys =
            new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                .lines()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(line -> line.substring(0, line.indexOf('=')).strip())
                .toList();
        assertThat(keys).as(file).doesNotHaveDuplicates();
      }
    }
  }

  private static List<String> placeholders(String text) {
    return java.util.regex.Pattern.compile("\\{\\d+}")
        .matcher(text)
        .results()
        .map(java.util.regex.MatchResult::group)
        .sorted()
        .toList();
  }
}
