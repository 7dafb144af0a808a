package dev.fairness.data.csv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.fairness.RunLog;
import dev.fairness.data.Column;
import dev.fairness.data.ColumnBuilder;
import dev.fairness.data.ColumnType;
import dev.fairness.data.SourceData;
import dev.fairness.data.UnreadTextColumn;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The parallel block reader gives the column builders exactly the cells, in exactly the order, of
 * splitting every line in turn — whatever the block size — and hands anything beyond plain ASCII
 * CSV back to the full reader.
 */
class BlockCsvReaderTest {

  private static final String[] CELLS = {
    "0",
    "1",
    "7",
    "007",
    " 5",
    "-3",
    "+4",
    "1.5",
    "1.50",
    "2e3",
    "nan",
    "NA",
    "",
    " ",
    "True",
    "False",
    "true",
    "Female",
    "Male",
    " Male",
    "x y",
    "inf",
    "-inf",
    "9223372036854775808",
    "N/A"
  };

  @ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource({"1, 8", "2, 64", "3, 1000", "4, 1048576", "5, 37"})
  void givesTheCellsOfTheOneThreadSplit(long seed, int blockBytes) throws IOException {
    Random rnd = new Random(seed);
    int m = 5;
    int[] kept = {0, 2, 3, 4};
    StringBuilder text = new StringBuilder();
    List<String[]> lines = new ArrayList<>();
    for (int r = 0; r < 3000; r++) {
      if (rnd.nextInt(50) == 0) {
        text.append('\n'); // an empty line, skipped
      }
      String[] cells = new String[m];
      for (int j = 0; j < m; j++) {
        // column 0 numeric only, 1 free, 2 turns STRING late, 3 high-cardinality, 4 free
        cells[j] =
            switch (j) {
              case 0 -> Integer.toString(rnd.nextInt(5));
              case 2 -> r == 2500 ? "late" : Integer.toString(rnd.nextInt(3));
              case 3 -> Integer.toString(rnd.nextInt(1_000_000));
              default -> CELLS[rnd.nextInt(CELLS.length)];
            };
      }
      lines.add(cells);
      text.append(String.join(",", cells));
      if (r < 2999 || seed % 2 == 0) {
        text.append('\n'); // odd seeds: the last line has no line end
      }
    }
    ColumnBuilder[] expected = builders(kept.length);
    for (String[] cells : lines) {
      for (int k = 0; k < kept.length; k++) {
        expected[k].addText(cells[kept[k]]);
      }
    }
    ColumnBuilder[] actual = builders(kept.length);
    long rows = read(text.toString(), m, kept, blockBytes, actual);

    assertEquals(lines.size(), rows);
    for (int k = 0; k < kept.length; k++) {
      Column e = expected[k].build();
      Column a = actual[k].build();
      assertEquals(e.type(), a.type(), "column " + kept[k]);
      assertEquals(e.missingCount(), a.missingCount());
      if (e.type() == ColumnType.STRING) {
        assertArrayEquals(e.dictionary(), a.dictionary());
      }
      for (int i = 0; i < lines.size(); i++) {
        assertEquals(e.get(i), a.get(i), "column " + kept[k] + " row " + i);
      }
    }
  }

  @ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource({"11, -1", "12, 300000", "13, 2900000"})
  void csvSourceReadsTheSameColumnsOverBlocksAsLineByLine(long seed, int textRow, @TempDir Path dir)
      throws IOException {
    // > 3 blocks of 1 MiB; columns 3 and 4 are optional (FlipTest-only): a text cell in one of
    // them (at textRow) makes both unread, on both paths.
    Random rnd = new Random(seed);
    StringBuilder text = new StringBuilder("a,b,c,d,e\n");
    for (int r = 0; r < 3_000_000 / 10; r++) {
      text.append(rnd.nextInt(3))
          .append(',')
          .append(CELLS[rnd.nextInt(CELLS.length)])
          .append(',')
          .append(rnd.nextInt(100_000))
          .append(',')
          .append(rnd.nextInt(7))
          .append(',')
          .append(r * 10 >= textRow && textRow >= 0 ? "x" : Integer.toString(rnd.nextInt(9)))
          .append('\n');
    }
    Path file = dir.resolve("data.csv");
    Files.writeString(file, text, StandardCharsets.US_ASCII);
    boolean[] keep = {true, true, true, true, true};
    boolean[] optional = {false, false, false, true, true};
    CsvSource src = new CsvSource(List.of(file), file, null, CsvHeaderMode.AUTO, RunLog.silent());
    SourceData blocks = src.read(keep, optional, -1);
    SourceData lines = src.read(keep, optional, 0); // a key column keeps the line-by-line path

    assertEquals(lines.rows(), blocks.rows());
    for (int j = 0; j < 5; j++) {
      Column e = lines.columns().get(j);
      Column a = blocks.columns().get(j);
      assertEquals(e.getClass(), a.getClass(), "column " + j);
      assertEquals(e.type(), a.type(), "column " + j);
      if (e instanceof UnreadTextColumn) {
        continue;
      }
      for (int i = 0; i < e.size(); i++) {
        assertEquals(e.get(i), a.get(i), "column " + j + " row " + i);
      }
    }
    assertEquals(textRow >= 0, blocks.columns().get(3) instanceof UnreadTextColumn);
  }

  @Test
  void skipsUnkeptCellsAtBothEndsAndCountsThem() throws IOException {
    ColumnBuilder[] b = builders(1);
    assertEquals(3, read("a,1,b,c\nd,2,e,f\n\ng,3,h,i", 4, new int[] {1}, 5, b));
    Column c = b[0].build();
    assertEquals(ColumnType.INT, c.type());
    assertEquals(3L, c.get(2));
    for (String ragged : new String[] {"a,1,b\n", "a,1,b,c,d\n", "a\n", "a,1,b,c,\n"}) {
      assertThrows(
          AsciiCsvRows.Unsure.class,
          () -> read("x,0,y,z\n" + ragged, 4, new int[] {1}, 1 << 20, builders(1)),
          ragged);
    }
  }

  @Test
  void carriesALineLongerThanABlock() throws IOException {
    String longCell = "v".repeat(500);
    String text = "a," + longCell + "\nb,c\n";
    ColumnBuilder[] b = builders(2);
    assertEquals(2, read(text, 2, new int[] {0, 1}, 16, b));
    assertEquals(longCell, b[1].build().get(0));
    assertEquals("b", b[0].build().get(1));
  }

  static Stream<Arguments> notPlain() {
    return Stream.of(
        Arguments.of("1,2\n3,\"4\"\n", "quote"),
        Arguments.of("1,2\r\n3,4\n", "CR"),
        Arguments.of("1,2\n3,caf\u00e9\n", "non-ASCII"),
        Arguments.of("1,2\n3,4,5\n", "ragged"),
        Arguments.of("1,2\n3\n", "ragged"),
        Arguments.of("1,2\n3,xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n", "line longer"));
  }

  @ParameterizedTest
  @MethodSource("notPlain")
  void leavesEverythingElseToTheFullReader(String text, String why) {
    AsciiCsvRows.Unsure e =
        assertThrows(
            AsciiCsvRows.Unsure.class,
            () -> {
              BlockCsvReader r = new BlockCsvReader(2, new int[] {0, 1}, 20, 4);
              r.read(
                  new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                  (n, bytes, t, c) -> {});
            });
    assertEquals(true, e.getMessage().contains(why), e.getMessage());
  }

  private static long read(String text, int m, int[] kept, int blockBytes, ColumnBuilder[] into)
      throws IOException {
    BlockCsvReader r = new BlockCsvReader(m, kept, 1 << 20, blockBytes);
    return r.read(
        new ByteArrayInputStream(text.getBytes(StandardCharsets.US_ASCII)),
        (n, bytes, tokens, typed) -> {
          for (int k = 0; k < kept.length; k++) {
            into[k].addCells(tokens[k], typed[k], n);
          }
        });
  }

  private static ColumnBuilder[] builders(int n) {
    ColumnBuilder[] b = new ColumnBuilder[n];
    for (int k = 0; k < n; k++) {
      b[k] = ColumnBuilder.forText("c" + k);
    }
    return b;
  }
}
