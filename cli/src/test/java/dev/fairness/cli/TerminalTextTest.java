package dev.fairness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Pins {@link TerminalText}, the one escaper for text printed as a terminal or CI-log line (the
 * summary's warnings, validate's dry-run lines, errors): every character that could start a line or
 * drive the terminal becomes a visible escape, the rest is unchanged.
 */
class TerminalTextTest {

  static Stream<Arguments> escapes() {
    return Stream.of(
        Arguments.of("a\nb", "a\\nb"),
        Arguments.of("a\rb", "a\\rb"),
        Arguments.of("a\tb", "a\\tb"),
        Arguments.of("\u001b[31mred", "\\x1b[31mred"),
        Arguments.of("a\u0007b\u007f", "a\\x07b\\x7f"),
        Arguments.of("a\u0085b", "a\\x85b"),
        Arguments.of("a\u2028b\u2029", "a\\u2028b\\u2029"),
        Arguments.of("a\u202eb\u2066c\u2069", "a\\u202eb\\u2066c\\u2069"),
        Arguments.of("x\n::error::boom", "x\\n::error::boom"),
        Arguments.of("Größe é 名前 😀", "Größe é 名前 😀"));
  }

  @ParameterizedTest
  @MethodSource("escapes")
  void escapesEveryControlCharacter(String text, String expected) {
    assertEquals(expected, TerminalText.line(text));
  }

  @ParameterizedTest
  @CsvSource({"plain text", "a=1  CI  0.5"})
  void returnsTextWithoutControlsUnchanged(String text) {
    assertSame(text, TerminalText.line(text));
  }

  @Test
  void safeWritesNullAsTheWordNull() {
    assertEquals("null", TerminalText.safe(null));
    assertEquals("a\\nb", TerminalText.safe("a\nb"));
  }
}
