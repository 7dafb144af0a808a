package dev.fairness.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ColumnBuilderTest {

  private static Column text(String... cells) {
    return Columns.fromText("c", Arrays.asList(cells));
  }

  private static List<Object> values(Column c) {
    List<Object> out = new ArrayList<>();
    for (int i = 0; i < c.size(); i++) {
      out.add(c.get(i));
    }
    return out;
  }

  @Test
  void integersWithoutMissingAreInt() {
    Column c = text("1", " -2", "+3", "9223372036854775807", "-9223372036854775808");
    assertEquals(ColumnType.INT, c.type());
    assertEquals(List.of(1L, -2L, 3L, Long.MAX_VALUE, Long.MIN_VALUE), values(c));
    assertEquals(0, c.missingCount());
  }

  @Test
  void integerOverflowIsFloat() {
    Column c = text("1", "9223372036854775808");
    assertEquals(ColumnType.FLOAT, c.type());
    assertEquals(9.223372036854775808e18, c.getDouble(1));
  }

  @Test
  void integersAndFloatsAreFloat() {
    Column c = text("1", "2.5", "inf", "-Infinity", "1e3");
    assertEquals(ColumnType.FLOAT, c.type());
    assertEquals(
        List.of(1.0, 2.5, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 1000.0), values(c));
  }

  @Test
  void integerWithMissingBecomesFloat() {
    Column c = text("1", "", "NA", "3");
    assertEquals(ColumnType.FLOAT, c.type());
    assertEquals(2, c.missingCount());
    assertTrue(c.isMissing(1));
    assertTrue(Double.isNaN(c.getDouble(2)));
    assertEquals(Arrays.asList(1.0, null, null, 3.0), values(c));
  }

  @Test
  void everyMissingMarkerIsMissing() {
    List<String> cells = new ArrayList<>(CellParser.MISSING_MARKERS);
    cells.add("1.5");
    Column c = Columns.fromText("c", cells);
    assertEquals(cells.size() - 1, c.missingCount());
    assertEquals(ColumnType.FLOAT, c.type());
  }

  @Test
  void booleansWithoutMissingAreBool() {
    Column c = text("True", "false", "TRUE");
    assertEquals(ColumnType.BOOL, c.type());
    assertEquals(List.of(true, false, true), values(c));
    assertEquals(1.0, c.getDouble(0));
  }

  @Test
  void booleansWithMissingStayBoolean() {
    // pandas: object column of True / NaN / False, not strings
    Column c = text("True", "", "false");
    assertEquals(ColumnType.BOOL, c.type());
    assertEquals(Arrays.asList(true, null, false), values(c));
    assertEquals(1, c.missingCount());
    assertTrue(Double.isNaN(c.getDouble(1)));
  }

  @Test
  void stringsKeepOriginalTextAndAreDictionaryEncoded() {
    Column c = text(" Male", "Female", " Male", "n/a", "0x1A", "1f");
    assertEquals(ColumnType.STRING, c.type());
    assertEquals(Arrays.asList(" Male", "Female", " Male", null, "0x1A", "1f"), values(c));
    assertArrayEquals(new String[] {" Male", "Female", "0x1A", "1f"}, c.dictionary());
    assertEquals(0, c.code(2));
    assertEquals(1, c.missingCount());
  }

  @Test
  void numbersThenStringKeepTheirOriginalText() {
    Column c = text("007", "1.50", "+3", "1e3", "True", "x", "");
    assertEquals(ColumnType.STRING, c.type());
    assertEquals(Arrays.asList("007", "1.50", "+3", "1e3", "True", "x", null), values(c));
  }

  @Test
  void canonicalNumbersThenStringNeedNoRereading() {
    ColumnBuilder b = ColumnBuilder.forText("c");
    for (String s : List.of("7", "-12", "True", "", "abc")) {
      b.addText(s);
    }
    Column c = b.build();
    assertFalse(b.textLost());
    assertEquals(Arrays.asList("7", "-12", "True", null, "abc"), values(c));
  }

  @Test
  void nonCanonicalNumberThenStringReportsLostText() {
    ColumnBuilder b = ColumnBuilder.forText("c");
    b.addText("007");
    b.addText("x");
    b.build();
    assertTrue(b.textLost());
  }

  @Test
  void allMissingIsFloat() {
    Column c = text("", "NA");
    assertEquals(ColumnType.FLOAT, c.type());
    assertEquals(2, c.missingCount());
  }

  @Test
  void typedValuesFollowTheSameRules() {
    assertEquals(ColumnType.INT, Columns.fromValues("c", List.of(1L, 2, 3L)).type());
    assertEquals(ColumnType.FLOAT, Columns.fromValues("c", Arrays.asList(1L, null)).type());
    assertEquals(ColumnType.FLOAT, Columns.fromValues("c", List.of(1L, 0.5)).type());
    assertEquals(ColumnType.BOOL, Columns.fromValues("c", List.of(true, false)).type());
    Column s = Columns.fromValues("c", Arrays.asList("1", 2L, 2.5, true, null));
    assertEquals(ColumnType.STRING, s.type());
    assertEquals(Arrays.asList("1", "2", "2.5", "True", null), values(s));
  }

  @Test
  void intWithMissingCanBeKeptInt() {
    Column c = Columns.fromValues("pred", Arrays.asList(1L, null, 1L), true);
    assertEquals(ColumnType.INT, c.type());
    assertEquals(Arrays.asList(1L, null, 1L), values(c));
    assertEquals(1, c.missingCount());
    assertTrue(Double.isNaN(c.getDouble(1)));
  }

  @Test
  void packedStorageWidensWithoutChangingValues() {
    List<Object> vals = new ArrayList<>();
    Random r = new Random(42);
    for (int i = 0; i < 5000; i++) {
      long v =
          switch (i % 4) {
            case 0 -> r.nextInt(100);
            case 1 -> i < 1000 ? 5 : r.nextInt(30000);
            case 2 -> i < 2000 ? -7 : r.nextInt();
            default -> i < 3000 ? 1 : r.nextLong();
          };
      vals.add(v);
    }
    Column c = Columns.fromValues("c", vals);
    assertEquals(vals, values(c));
    int[] rows = {4999, 0, 17, 17};
    assertEquals(
        List.of(vals.get(4999), vals.get(0), vals.get(17), vals.get(17)),
        values(Columns.select(c, rows)));
  }

  @Test
  void selectRebuildsStringDictionaryInFirstAppearanceOrder() {
    Column c = text("a", "b", "", "c");
    Column s = Columns.select(c, new int[] {3, 2, 1, 3});
    assertArrayEquals(new String[] {"c", "b"}, s.dictionary());
    assertEquals(Arrays.asList("c", null, "b", "c"), values(s));
    assertEquals("z", Columns.renamed(s, "z").name());
  }

  @Test
  void fastCellTypingAgreesWithCellParser() {
    String[] cells = {
      "0",
      "-0",
      "+0",
      "007",
      "12345678901234567890",
      "-9223372036854775809",
      "1.",
      ".5",
      "-.5e-3",
      "1e",
      "e5",
      "1e+",
      "0x10",
      "1d",
      "1f",
      "inf",
      "-inf",
      "+Infinity",
      "INF",
      "infinity",
      "nan",
      "-nan",
      "-1.#IND",
      "1.#QNAN",
      "True",
      "true",
      "TRUE",
      "tRue",
      "False",
      "F",
      "#N/A",
      "<NA>",
      "+",
      "-",
      ".",
      "",
      "1,5",
      "1_000",
      "٣",
      "00000000000000000000001",
      "NULL",
      "None",
      "abc"
    };
    CellKind kind = new CellKind();
    for (String s : cells) {
      Object expected = CellParser.parse(s);
      int k = kind.scan(s);
      Object actual =
          switch (k) {
            case CellKind.MISSING -> null;
            case CellKind.INT -> kind.longValue;
            case CellKind.FLOAT -> kind.doubleValue;
            case CellKind.BOOL -> kind.longValue != 0;
            default -> s;
          };
      assertEquals(expected, actual, "cell " + s);
    }
  }

  @Test
  void emptyColumnIsInt() {
    Column c = Columns.fromValues("c", List.of());
    assertEquals(0, c.size());
    assertEquals(ColumnType.INT, c.type());
  }

  /** Runs of one kind of cell, so that blocks often hold a single type and then change it. */
  private static final String[][] RUNS = {
    {"0", "1", "7", "-3", "+4", "127", "128", "-129", "40000", "3000000000"},
    {"0", "1", "007", " 5"},
    {"1.5", "1.50", "2e3", "nan", "inf", "-0.0", "7"},
    {"True", "False"},
    {"true", "False"},
    {"", "NA", " "},
    {"Female", "Male", "1"},
  };

  @Test
  void addingABlockByTokensEqualsAddingItsCellsOneByOne() { // with room reserved on odd seeds
    for (long seed = 0; seed < 400; seed++) {
      Random rnd = new Random(seed);
      List<String> cells = new ArrayList<>();
      int runs = 1 + rnd.nextInt(4);
      for (int r = 0; r < runs; r++) {
        String[] pool = RUNS[rnd.nextInt(seed % 3 == 0 ? 2 : RUNS.length)];
        int len = 1 + rnd.nextInt(60);
        for (int j = 0; j < len; j++) {
          cells.add(pool[rnd.nextInt(pool.length)]);
        }
      }
      ColumnBuilder one = ColumnBuilder.forText("c");
      for (String c : cells) {
        one.addText(c);
      }
      ColumnBuilder blocks = ColumnBuilder.forText("c");
      CellKind kind = new CellKind();
      int i = 0;
      while (i < cells.size()) {
        int n = Math.min(cells.size() - i, 1 + rnd.nextInt(40));
        List<String> distinct = new ArrayList<>();
        int[] tokens = new int[n + rnd.nextInt(3)]; // may be longer than n, as reused arrays are
        for (int j = 0; j < n; j++) {
          String c = cells.get(i + j);
          int t = distinct.indexOf(c);
          if (t < 0) {
            t = distinct.size();
            distinct.add(c);
          }
          tokens[j] = t;
        }
        TextCell[] typed = new TextCell[distinct.size()];
        for (int t = 0; t < typed.length; t++) {
          typed[t] = TextCell.of(distinct.get(t), kind);
        }
        if (seed % 2 == 1 && rnd.nextInt(3) == 0) {
          blocks.reserve(blocks.size() + rnd.nextInt(200)); // the readers' size hint: no effect
        }
        blocks.addCells(tokens, typed, n);
        i += n;
      }
      assertEquals(one.size(), blocks.size(), "seed " + seed);
      Column e = one.build();
      Column a = blocks.build();
      assertEquals(one.textLost(), blocks.textLost(), "seed " + seed + " " + cells);
      assertEquals(e.type(), a.type(), "seed " + seed + " " + cells);
      assertEquals(e.missingCount(), a.missingCount(), "seed " + seed);
      assertEquals(values(e), values(a), "seed " + seed + " " + cells);
    }
  }
}
