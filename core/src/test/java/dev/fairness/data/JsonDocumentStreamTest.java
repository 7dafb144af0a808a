package dev.fairness.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 23 item 11: an {@code application/json} document read with the streaming parser gives
 * exactly what evaluating the JMESPath keys on the whole document gives: the same columns, types
 * and values, and the same message when the document is wrong.
 */
class JsonDocumentStreamTest {

  @TempDir Path tmp;

  private int n;

  private Path file(String json) throws IOException {
    Path f = tmp.resolve("doc" + n++ + ".json");
    Files.writeString(f, json);
    return f;
  }

  /** Reads the files as a table: column names, then each column's type and values. */
  private static List<String> table(
      List<Path> files, String features, String label, String predicted, boolean streaming) {
    JsonDocumentSource src =
        new JsonDocumentSource(files, files.get(0), null, features, label, predicted, streaming);
    boolean[] keep = new boolean[src.names().size()];
    Arrays.fill(keep, true);
    SourceData data = src.read(keep);
    List<String> out = new ArrayList<>();
    out.add(data.rows() + " rows " + src.names());
    for (Column c : data.columns()) {
      List<String> values = new ArrayList<>();
      for (int i = 0; i < c.size(); i++) {
        values.add(c.isMissing(i) ? "NA" : String.valueOf(c.get(i)));
      }
      out.add(c.name() + " " + c.type() + " " + values);
    }
    return out;
  }

  /** Returns the table, or the message of the data error, of one reading. */
  private static String outcome(
      List<Path> files, String features, String label, String predicted, boolean streaming) {
    try {
      return String.join("\n", table(files, features, label, predicted, streaming));
    } catch (DataException e) {
      return "error: " + e.getMessage();
    }
  }

  private void same(String features, String label, String predicted, String... docs)
      throws IOException {
    List<Path> files = new ArrayList<>();
    for (String d : docs) {
      files.add(file(d));
    }
    assertNotNull(JsonDocumentStream.plan(features, label, predicted), features);
    String tree = outcome(files, features, label, predicted, false);
    String streamed = outcome(files, features, label, predicted, true);
    assertEquals(tree, streamed, String.join(" | ", docs));
  }

  @Test
  void fieldPathsGiveTheTreesTable() throws IOException {
    same(
        "X",
        "y",
        "yhat",
        "{\"yhat\": [1, 0, 1], \"X\": [[1, \"a\", 2.5], [2, \"b\", null], [3, \"c\", 1e3]],"
            + " \"other\": {\"X\": [[9]]}, \"y\": [true, false, true]}");
    same("data.X", "data.y", null, "{\"data\": {\"y\": [1, 2], \"X\": [[1.5], [2]]}, \"x\": 1}");
    // several files, one of them empty and one with no rows
    same(
        "X",
        "y",
        null,
        "{\"X\": [[1]], \"y\": [0]}",
        "",
        "{\"X\": [], \"y\": []}",
        "{\"X\": [[2]], \"y\": [1]}");
    // large integers stay as the tree types them
    same("X", "y", null, "{\"X\": [[12345678901234567890], [-3]], \"y\": [0.1, 2]}");
  }

  @Test
  void projectionsGiveTheTreesTable() throws IOException {
    same(
        "[*].features",
        "[*].label",
        "[*].p",
        "[{\"features\": [1, 2], \"label\": 0, \"p\": 1},"
            + " {\"features\": [3, 4], \"label\": 1, \"p\": 0, \"extra\": [1, 2, 3]}]");
    same(
        "[*].in.f",
        "[*].out.label",
        null,
        "[{\"in\": {\"f\": [\"x\"]}, \"out\": {\"label\": \"yes\"}},"
            + " {\"in\": {\"f\": [\"y\"]}, \"out\": {\"label\": \"no\"}}]");
  }

  @Test
  void wrongDocumentsGiveTheTreesMessage() throws IOException {
    same("X", "y", null, "{\"X\": [[1], [2]], \"y\": [0]}"); // label count
    same("X", "y", null, "{\"X\": [[1], [2]], \"y\": 5}"); // label not an array
    same("X", "y", null, "{\"y\": [1]}"); // no features
    same("X", "y", null, "{\"X\": {\"a\": 1}, \"y\": [1]}"); // features not an array
    same("X", "y", null, "[[1], [2]]"); // the root is no object
    same("X", "y", null, "{\"X\": [[1], [2, 3]], \"y\": [0, 1]}"); // ragged
    same("X", "y", null, "{\"X\": [[1], null], \"y\": [0, 1]}"); // a null row
    same("X", "y", null, "{\"X\": [[1], [[2]]], \"y\": [0, 1]}"); // nested feature
    same("X", "y", null, "{\"X\": [[1], [2]], \"y\": [0, [1]]}"); // array label
    same("X", "y", null, "{\"X\": [[1], [2]], \"y\": [0, 1]"); // cut short
    same("X", "y", null, "{\"X\": [], \"y\": []}"); // no rows at all
    same("[*].f", "[*].l", null, "[{\"f\": [1], \"l\": 0}, {\"f\": [2]}]"); // a label left out
    same("[*].f", "[*].l", null, "[{\"f\": [1], \"l\": 0}, {\"l\": 1}]"); // features left out
    same("[*].f", "[*].l", null, "{\"f\": [1], \"l\": 0}"); // the root is no array
    same("[*].f", "[*].l", null, "[{\"f\": [1], \"l\": null}]"); // a null label is left out
  }

  @Test
  void onlyFieldPathsAndTopLevelProjectionsStream() {
    assertNotNull(JsonDocumentStream.plan("X", null, null));
    assertNotNull(JsonDocumentStream.plan("a.b_1.X", "a.y", "yhat"));
    assertNotNull(JsonDocumentStream.plan("[*].features", "[*].label", null));
    assertNull(JsonDocumentStream.plan("X[*]", "y", null));
    assertNull(JsonDocumentStream.plan("X", "[*].label", null)); // mixed shapes
    assertNull(JsonDocumentStream.plan("X", "X.y", null)); // one path inside another
    assertNull(JsonDocumentStream.plan("data[0].X", null, null));
    assertNull(JsonDocumentStream.plan("\"X\"", null, null));
  }

  @Test
  void aKeyTwiceOnAPathIsRefusedAndTextAfterTheDocumentToo() throws IOException {
    Path twice = file("{\"X\": [[1]],\n \"X\": [[2]], \"y\": [0]}");
    DataException e =
        assertThrows(DataException.class, () -> table(List.of(twice), "X", "y", null, true));
    assertEquals(
        "Line 2 of "
            + twice
            + ": the key X occurs twice; JSON leaves open which one counts, so give it once",
        e.getMessage());
    Path after = file("{\"X\": [[1]], \"y\": [0]}\n{}");
    e = assertThrows(DataException.class, () -> table(List.of(after), "X", "y", null, true));
    assertEquals(
        after
            + ":2:2: not valid JSON: text follows the end of the document; a JSON document is one"
            + " value",
        e.getMessage());
  }
}
