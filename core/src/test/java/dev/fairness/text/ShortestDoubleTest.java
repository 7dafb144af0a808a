package dev.fairness.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Pins {@link ShortestDouble#repr(double)} to Python's {@code repr(float)}: the rendering rules'
 * own examples, the doubles where Java 17's {@code Double.toString} is not shortest, and 921 values
 * rendered by CPython ({@code testdata/text/python-repr.csv}, see testdata/README.md).
 */
class ShortestDoubleTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "40.0, 40.0",
    "0.0001, 0.0001",
    "2850.5, 2850.5",
    "0.00001, 1e-05",
    "1.5e16, 1.5e+16",
    "-2.5e-7, -2.5e-07",
    "0.0, 0.0",
    "-0.0, -0.0",
    "Infinity, inf",
    "-Infinity, -inf",
    "NaN, nan",
    // Java 17's Double.toString gives 2.82879384806159008E17 and 4.9E-324 for these two.
    "2.82879384806159e17, 2.82879384806159e+17",
    "5e-324, 5e-324",
    "1e23, 1e+23"
  })
  void rendersTheDocumentedExamples(double value, String expected) {
    assertEquals(expected, ShortestDouble.repr(value));
  }

  @Test
  void matchesCPythonOnFixedAndRandomDoubles() throws IOException {
    Path file =
        Path.of(System.getProperty("testdata.dir", "../testdata"), "text", "python-repr.csv");
    List<String> lines = Files.readAllLines(file);
    assertEquals("bits,repr", lines.get(0));
    for (String line : lines.subList(1, lines.size())) {
      int comma = line.indexOf(',');
      double v = Double.longBitsToDouble(Long.parseUnsignedLong(line.substring(0, comma), 16));
      assertEquals(line.substring(comma + 1), ShortestDouble.repr(v), line);
    }
    assertEquals(922, lines.size());
  }
}
