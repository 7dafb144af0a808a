package dev.fairness.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Pins how {@link CsvLine} splits a model's CSV response, edge case by edge case, beside what
 * Commons CSV (the format the CSV dataset reader uses) makes of the same text. The table is the
 * evidence for keeping {@code CsvLine}: the two agree on blank lines, CRLF, trailing commas, quoted
 * commas and doubled quotes, and differ on a lone CR, a newline inside quotes, a quote inside an
 * unquoted field and text after a closing quote, where switching would change which responses are
 * accepted and how their cells read.
 */
class CsvLineTest {

  private static final CSVFormat COMMONS =
      CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).setTrim(false).build();

  private static List<List<String>> rows(String... rows) {
    List<List<String>> out = new ArrayList<>();
    for (String r : rows) {
      out.add(List.of(r.split("\\|", -1)));
    }
    return out;
  }

  /** Body, CsvLine's rows, Commons CSV's rows (cells separated by | here; null: it throws). */
  static Stream<Arguments> table() {
    return Stream.of(
        Arguments.of("plain", "1,0.9\n0,0.2\n", rows("1|0.9", "0|0.2"), rows("1|0.9", "0|0.2")),
        Arguments.of("blank lines", "1\n\n\n0\n", rows("1", "0"), rows("1", "0")),
        Arguments.of("CRLF", "1,a\r\n0,b\r\n", rows("1|a", "0|b"), rows("1|a", "0|b")),
        Arguments.of("blank CRLF lines", "\r\n\r\n1\r\n", rows("1"), rows("1")),
        Arguments.of("no final newline", "1,a\n0,b", rows("1|a", "0|b"), rows("1|a", "0|b")),
        Arguments.of("trailing comma", "1,\n", rows("1|"), rows("1|")),
        Arguments.of("only commas", ",,\n", rows("||"), rows("||")),
        Arguments.of("quoted comma", "\"a,b\",1\n", rows("a,b|1"), rows("a,b|1")),
        Arguments.of("doubled quote", "\"x \"\"y\"\"\",1\n", rows("x \"y\"|1"), rows("x \"y\"|1")),
        Arguments.of("spaces kept", " 1 , 0.5 \n", rows(" 1 | 0.5 "), rows(" 1 | 0.5 ")),
        // Where the two differ:
        Arguments.of("lone CR", "1,a\r0,b\n", rows("1|a\r0|b"), rows("1|a", "0|b")),
        Arguments.of("newline in quotes", "\"a\nb\",1\n", rows("a", "b,1"), rows("a\nb|1")),
        Arguments.of("quote mid-field", "ab\"c,d\"e\n", rows("abc,de"), rows("ab\"c|d\"e")),
        Arguments.of("text after quote", "\"a\"b,1\n", rows("ab|1"), null));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("table")
  void splitsLikeTheTableSays(
      String what, String body, List<List<String>> ours, List<List<String>> commons) {
    assertEquals(ours, csvLine(body), what + ": CsvLine");
    assertEquals(commons, commonsCsv(body), what + ": Commons CSV");
  }

  @Test
  void theTwoDifferOnFourOfTheFourteenCases() {
    long differ = table().filter(a -> !a.get()[2].equals(a.get()[3])).count();
    assertEquals(4, differ);
  }

  private static List<List<String>> csvLine(String body) {
    List<List<String>> out = new ArrayList<>();
    for (String line : CsvLine.lines(body)) {
      out.add(CsvLine.cells(line));
    }
    return out;
  }

  /** Returns Commons CSV's records of {@code body}, or null when it rejects the text. */
  private static List<List<String>> commonsCsv(String body) {
    List<List<String>> out = new ArrayList<>();
    try (CSVParser p = COMMONS.parse(new StringReader(body))) {
      for (CSVRecord r : p) {
        out.add(r.toList());
      }
    } catch (IOException | java.io.UncheckedIOException e) {
      return null;
    }
    return out;
  }
}
