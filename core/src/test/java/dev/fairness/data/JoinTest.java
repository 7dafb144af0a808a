package dev.fairness.data;

import static dev.fairness.data.DataFiles.error;
import static dev.fairness.data.DataFiles.load;
import static dev.fairness.data.DataFiles.values;
import static dev.fairness.data.DataFiles.write;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.fairness.RunLog;
import dev.fairness.config.ColumnRef;
import dev.fairness.data.csv.CsvHeaderMode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JoinTest {

  @TempDir Path dir;

  @Test
  void positionalFacetFileAddsColumnsThatAreNeverFeatures() {
    Path main = write(dir, "m.csv", "x,y\n1,0\n2,1\n3,1\n");
    ConfigFixture c = ConfigFixture.csv(main).label("y").facet("sex");
    c.facetDatasetUri = write(dir, "f.csv", "F\nM\nF\n");
    c.facetHeaders = List.of("sex");
    Dataset d = load(c, CsvHeaderMode.AUTO, ColumnNeeds.withModel(), RunLog.silent());
    assertEquals(List.of("x", "y", "sex"), d.table().columnNames());
    assertEquals(List.of("F", "M", "F"), values(d.table().column("sex")));
    assertEquals(List.of("x"), d.featureNames());
  }

  @Test
  void positionalJoinNeedsEqualRowCounts() {
    Path main = write(dir, "m.csv", "x,y\n1,0\n2,1\n3,1\n");
    ConfigFixture c = ConfigFixture.csv(main).label("y").facet("sex");
    c.facetDatasetUri = write(dir, "f.csv", "sex\nF\nM\n");
    assertEquals(
        "Dataset and facet dataset have different numbers of rows (3 vs 2)", error(() -> load(c)));
  }

  @Test
  void keyedJoinFollowsMainOrderAndDropsUnmatchedRows() {
    Path main = write(dir, "m.csv", "id,x,y\n1,10,0\n2,20,1\n3,30,1\n4,40,0\n");
    ConfigFixture c = ConfigFixture.csv(main).label("y").facet("sex");
    c.joinsource = ColumnRef.ofIndex(0);
    c.facetDatasetUri = write(dir, "f.csv", "sex,id\nM,3\nF,1\nM,4\nX,9\n");
    c.predictedLabelDatasetUri = write(dir, "p.csv", "id,predicted_label\n4,1\n2,0\n3,1\n");
    RunLog.Recording log = new RunLog.Recording();
    Dataset d = load(c, CsvHeaderMode.AUTO, ColumnNeeds.withModel(), log);
    Table t = d.table();
    assertEquals(List.of("id", "x", "y", "sex", "predicted_label"), t.columnNames());
    assertEquals(List.of(3L, 4L), values(t.column("id")));
    assertEquals(List.of(30L, 40L), values(t.column("x")));
    assertEquals(List.of("M", "M"), values(t.column("sex")));
    assertEquals(List.of(1L, 1L), values(t.column("predicted_label")));
    assertEquals("predicted_label", d.predictedLabel());
    assertEquals(List.of("x"), d.featureNames());
    assertEquals(
        List.of(
            "1 rows of the dataset have no match in the facet dataset and are dropped",
            "1 rows of the dataset have no match in the predicted label dataset and are dropped"),
        log.warnings());
  }

  @Test
  void joinKeysCompareAsText() {
    Path main = write(dir, "m.csv", "id,y\n007,0\n7,1\n");
    ConfigFixture c = ConfigFixture.csv(main).label("y").facet("sex");
    c.joinsource = ColumnRef.ofName("id");
    c.facetDatasetUri = write(dir, "f.csv", "id,sex\n 7 ,M\n007,F\n");
    Dataset d = load(c);
    assertEquals(List.of("F", "M"), values(d.table().column("sex")));
  }

  @Test
  void duplicateJoinKeysAreRejected() {
    Path main = write(dir, "m.csv", "id,y\n1,0\n2,1\n");
    ConfigFixture c = ConfigFixture.csv(main).label("y").facet("sex");
    c.joinsource = ColumnRef.ofName("id");
    Path side = write(dir, "f.csv", "id,sex\n1,F\n2,M\n2,F\n");
    c.facetDatasetUri = side;
    assertEquals("Duplicate join key 2 in " + side, error(() -> load(c)));
    Path dupMain = write(dir, "n.csv", "id,y\n1,0\n1,1\n");
    ConfigFixture m = ConfigFixture.csv(dupMain).label("y").facet("sex");
    m.joinsource = ColumnRef.ofName("id");
    m.facetDatasetUri = write(dir, "g.csv", "id,sex\n1,F\n");
    assertEquals("Duplicate join key 1 in " + dupMain, error(() -> load(m)));
  }

  @Test
  void sideFileMustHoldTheJoinsourceColumn() {
    Path main = write(dir, "m.csv", "id,y\n1,0\n");
    ConfigFixture c = ConfigFixture.csv(main).label("y").facet("sex");
    c.joinsource = ColumnRef.ofName("id");
    c.facetDatasetUri = write(dir, "f.csv", "key,sex\n1,F\n");
    assertEquals("Column id not found", error(() -> load(c)));
  }

  @Test
  void joinLeavingNoRowsIsRejected() {
    Path main = write(dir, "m.csv", "id,y\n1,0\n");
    ConfigFixture c = ConfigFixture.csv(main).label("y").facet("sex");
    c.joinsource = ColumnRef.ofName("id");
    c.facetDatasetUri = write(dir, "f.csv", "id,sex\n2,F\n");
    assertEquals("Dataset " + main + " has no data rows", error(() -> load(c)));
  }

  @Test
  void predictedLabelFileIsAddressedByItsOwnHeaders() {
    Path main = write(dir, "m.csv", "x,y\n1,0\n2,1\n");
    ConfigFixture c = ConfigFixture.csv(main).label("y").predicted("score");
    c.predictedLabelDatasetUri = write(dir, "p.csv", "0.2,1\n0.9,0\n");
    c.predictedLabelHeaders = List.of("score", "other");
    Dataset d = load(c);
    assertEquals(List.of(0.2, 0.9), values(d.table().column("score")));
    ConfigFixture e = ConfigFixture.csv(main).label("y").predicted("nope");
    e.predictedLabelDatasetUri = c.predictedLabelDatasetUri;
    assertEquals("Column nope not found", error(() -> load(e)));
  }
}
