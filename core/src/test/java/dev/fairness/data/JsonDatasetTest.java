package dev.fairness.data;

import static dev.fairness.data.DataFiles.error;
import static dev.fairness.data.DataFiles.load;
import static dev.fairness.data.DataFiles.values;
import static dev.fairness.data.DataFiles.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fairness.RunLog;
import dev.fairness.config.ColumnRef;
import dev.fairness.data.csv.CsvHeaderMode;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonDatasetTest {

  private static final String LINES = "application/jsonlines";
  private static final String DOC = "application/json";

  @TempDir Path dir;

  private static Dataset loadAll(ConfigFixture c) {
    return load(c, CsvHeaderMode.AUTO, new ColumnNeeds(true, true, true), RunLog.silent());
  }

  @Test
  void readsJsonLinesWithJsonTyping() {
    Path f =
        write(
            dir,
            "d.jsonl",
            "{\"f\":[1,\"1\",true,null,2.5],\"y\":1,\"p\":{\"s\":0.5}}\n\n"
                + "{\"f\":[2,\"x\",false,3,1e2],\"y\":0,\"p\":{\"s\":0.25}}\n");
    ConfigFixture c = ConfigFixture.json(LINES, f, "f").label("y").predicted("p.s").facet(1);
    Dataset d = loadAll(c);
    Table t = d.table();
    assertEquals(
        List.of("column_0", "column_1", "column_2", "column_3", "column_4", "y", "p.s"),
        t.columnNames());
    assertEquals("y", d.label());
    assertEquals("p.s", d.predictedLabel());
    assertEquals("column_1", d.facets().get(0).column());
    assertEquals(ColumnType.INT, t.column("column_0").type());
    assertEquals(List.of("1", "x"), values(t.column("column_1")));
    assertEquals(ColumnType.STRING, t.column("column_1").type());
    assertEquals(ColumnType.BOOL, t.column("column_2").type());
    assertEquals(Arrays.asList(null, 3.0), values(t.column("column_3")));
    assertEquals(List.of(2.5, 100.0), values(t.column("column_4")));
    assertEquals(List.of(1L, 0L), values(t.column("y")));
    assertEquals(List.of(0.5, 0.25), values(t.column("p.s")));
    assertEquals(5, d.featureNames().size());
  }

  @Test
  void headersNameFeaturesThenLabelThenPrediction() {
    Path f = write(dir, "d.jsonl.gz", "{\"f\":[1,2],\"y\":1,\"p\":0}\n");
    ConfigFixture c =
        ConfigFixture.json(LINES, f, "f").label("y").predicted("p").headers("a", "b", "lab", "pr");
    c.excluded.add(ColumnRef.ofName("b"));
    Dataset d = loadAll(c);
    assertEquals(List.of("a", "b", "lab", "pr"), d.table().columnNames());
    assertEquals("lab", d.label());
    assertEquals("pr", d.predictedLabel());
    assertEquals(List.of("a"), d.featureNames());
  }

  @Test
  void integerLabelIsAJmesPathIndex() {
    Path f = write(dir, "d.jsonl", "[[1,2],\"yes\"]\n[[3,4],\"no\"]\n");
    Dataset d = loadAll(ConfigFixture.json(LINES, f, "[0]").label(1));
    assertEquals("[1]", d.label());
    assertEquals(List.of("yes", "no"), values(d.table().column("[1]")));
  }

  @Test
  void jsonLinesErrorsAreTheSpecs() {
    Path bad = write(dir, "a.jsonl", "{\"f\":[1]}\n{\"f\":[1}\n");
    assertTrue(
        error(() -> loadAll(ConfigFixture.json(LINES, bad, "f")))
            .startsWith(bad + ":2:8: not valid JSON: Unexpected close marker '}'"));
    Path nofeat = write(dir, "b.jsonl", "{\"f\":[1]}\n{\"g\":[1]}\n");
    assertEquals(
        "Data must contain features. (line 2)",
        error(() -> loadAll(ConfigFixture.json(LINES, nofeat, "f"))));
    Path nested = write(dir, "c.jsonl", "{\"f\":[[1]]}\n");
    assertEquals(
        "Data must contain features. (line 1)",
        error(() -> loadAll(ConfigFixture.json(LINES, nested, "f"))));
    Path ragged = write(dir, "d.jsonl", "{\"f\":[1,2]}\n\n{\"f\":[1]}\n");
    assertEquals(
        "Line 3 has 1 features, expected 2",
        error(() -> loadAll(ConfigFixture.json(LINES, ragged, "f"))));
    Path few = write(dir, "e.jsonl", "{\"f\":[1,2]}\n");
    assertEquals(
        "Headers must name every feature",
        error(() -> loadAll(ConfigFixture.json(LINES, few, "f").headers("a"))));
    Path empty = write(dir, "g.jsonl", "\n \n");
    assertEquals(
        "Dataset " + empty + " has no data rows",
        error(() -> loadAll(ConfigFixture.json(LINES, empty, "f"))));
    Path arrLabel = write(dir, "h.jsonl", "{\"f\":[1],\"y\":[1,2]}\n");
    assertEquals(
        "label yields an array at line 1; it must yield a single value",
        error(() -> loadAll(ConfigFixture.json(LINES, arrLabel, "f").label("y"))));
    Path facetMissing = write(dir, "i.jsonl", "{\"f\":[1],\"y\":1}\n");
    assertEquals(
        "facet[0].name_or_index: column index 2 is out of range; the data has 2 columns (0 to 1)",
        error(() -> loadAll(ConfigFixture.json(LINES, facetMissing, "f").label("y").facet(2))));
  }

  @Test
  void readsJsonDocuments() {
    Path f = write(dir, "d.json", "{\"X\":[[1,\"a\"],[2,\"b\"],[3,\"a\"]],\"y\":[0,1,null]}");
    Dataset d = loadAll(ConfigFixture.json(DOC, f, "X").label("y").facet(1));
    Table t = d.table();
    assertEquals(3, t.rowCount());
    assertEquals("column_1", d.facets().get(0).column());
    assertEquals(Arrays.asList(0.0, 1.0, null), values(t.column("y")));
    Path g = write(dir, "e.json", "{\"X\":[[1],[2]],\"y\":[0]}");
    assertEquals(
        "label yields 1 values for 2 records",
        error(() -> loadAll(ConfigFixture.json(DOC, g, "X").label("y"))));
    Path h = write(dir, "f.json", "{\"X\":[[1],[2,3]]}");
    assertEquals(
        "Record 2 has 2 features, expected 1",
        error(() -> loadAll(ConfigFixture.json(DOC, h, "X"))));
    Path i = write(dir, "g.json", "{\"X\":[[1],\n[2,]]}");
    assertTrue(
        error(() -> loadAll(ConfigFixture.json(DOC, i, "X")))
            .startsWith(i + ":2:4: not valid JSON: Unexpected character (']'"));
  }
}
