package dev.fairness.data;

import static dev.fairness.data.DataFiles.error;
import static dev.fairness.data.DataFiles.load;
import static dev.fairness.data.DataFiles.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.fairness.RunLog;
import dev.fairness.config.ColumnRef;
import dev.fairness.config.ConfigException;
import dev.fairness.data.csv.CsvHeaderMode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ColumnRolesTest {

  @TempDir Path dir;
  Path file;

  @BeforeEach
  void writeFile() {
    file = write(dir, "d.csv", "id,sex,age,grp,y,p\n1,F,30,a,1,0\n2,M,40,b,0,1\n");
  }

  private ConfigFixture config() {
    return ConfigFixture.csv(file).label("y").predicted("p").facet("sex");
  }

  @Test
  void featuresAreAllColumnsButLabelPredictedJoinsourceAndExcluded() {
    ConfigFixture c = config();
    c.joinsource = ColumnRef.ofName("id");
    c.excluded.add(ColumnRef.ofIndex(3));
    c.excluded.add(ColumnRef.ofName("grp"));
    Dataset d = load(c, CsvHeaderMode.AUTO, ColumnNeeds.withModel(), RunLog.silent());
    assertEquals(List.of("sex", "age"), d.featureNames());
    assertEquals(List.of("grp"), d.excludedColumns());
    assertEquals("id", d.joinsource());
    assertEquals(
        List.of("id", "sex", "age", "y", "p"),
        d.table().loadedColumns().stream().map(Column::name).toList());
  }

  @Test
  void integerReferencesIndexTheMainColumns() {
    ConfigFixture c = ConfigFixture.csv(file).label(4).facet(1);
    c.predictedLabel = ColumnRef.ofIndex(5);
    c.groupVariable = ColumnRef.ofIndex(3);
    Dataset d = load(c);
    assertEquals("y", d.label());
    assertEquals("p", d.predictedLabel());
    assertEquals("sex", d.facets().get(0).column());
    assertEquals("grp", d.groupVariable());
  }

  /** Issue 23 item 12: a facet listed twice was analysed twice under one name. */
  @Test
  void facetListedTwiceIsAConfigErrorNamingBothEntries() {
    ConfigFixture byIndex = ConfigFixture.csv(file).label("y").facet("age").facet("sex").facet(1);
    assertEquals(
        "facet[2]: same column as facet[1] (sex); merge their value_or_threshold lists into one"
            + " entry",
        assertThrows(ConfigException.class, () -> load(byIndex)).getMessage());
    Path json = write(dir, "d.jsonl", "{\"f\": [\"F\", 30], \"y\": 1}\n");
    ConfigFixture jsonLines =
        ConfigFixture.json("application/jsonlines", json, "f").headers("sex", "age", "y");
    jsonLines.label("y").facet(0).facet("age").facet("sex");
    assertEquals(
        "facet[2]: same column as facet[0] (sex); merge their value_or_threshold lists into one"
            + " entry",
        assertThrows(ConfigException.class, () -> load(jsonLines)).getMessage());
  }

  @Test
  void allColumnsKeepsEveryColumn() {
    Dataset d =
        load(
            config(),
            CsvHeaderMode.AUTO,
            ColumnNeeds.rolesOnly().plusAllColumns(),
            RunLog.silent());
    assertEquals(6, d.table().loadedColumns().size());
  }

  @Test
  void notFoundMessagesNameTheKeyAndOfferTheColumns() {
    String cols = "id, sex, age, grp, y, p";
    assertEquals(
        "facet[0].name_or_index: column sexx not found; did you mean sex? columns: " + cols,
        error(() -> load(ConfigFixture.csv(file).label("y").facet("sexx"))));
    assertEquals(
        "facet[0].name_or_index: column index 6 is out of range; the data has 6 columns (0 to 5)",
        error(() -> load(ConfigFixture.csv(file).label("y").facet(6))));
    assertEquals(
        "label: column Y not found; did you mean y? columns: " + cols,
        error(() -> load(ConfigFixture.csv(file).label("Y"))));
    assertEquals(
        "label: column index -1 is out of range; the data has 6 columns (0 to 5)",
        error(() -> load(ConfigFixture.csv(file).label(-1))));
    assertEquals(
        "predicted_label: column q not found; columns: " + cols,
        error(() -> load(ConfigFixture.csv(file).label("y").predicted("q"))));
    ConfigFixture g = config();
    g.groupVariable = ColumnRef.ofName("group");
    assertEquals("group_variable: column group not found; columns: " + cols, error(() -> load(g)));
    ConfigFixture j = config();
    j.joinsource = ColumnRef.ofIndex(10);
    assertEquals(
        "joinsource_name_or_index: column index 10 is out of range; the data has 6 columns (0 to"
            + " 5)",
        error(() -> load(j)));
    ConfigFixture e = config();
    e.excluded.add(ColumnRef.ofName("agee"));
    assertEquals(
        "excluded_columns[0]: column agee not found; did you mean age? columns: " + cols,
        error(() -> load(e)));
  }

  @Test
  void zeroFeaturesIsAnErrorOnlyWhenAModelIsNeeded() {
    Path f = write(dir, "two.csv", "y,p\n1,0\n0,1\n");
    ConfigFixture c = ConfigFixture.csv(f).label("y").predicted("p");
    assertEquals(
        "Data must contain features.",
        error(() -> load(c, CsvHeaderMode.AUTO, ColumnNeeds.withModel(), RunLog.silent())));
    assertEquals(List.of(), load(c).featureNames());
  }

  @Test
  void facetAndGroupStayFeaturesUnlessExcluded() {
    ConfigFixture c = config();
    c.groupVariable = ColumnRef.ofName("grp");
    Dataset d = load(c, CsvHeaderMode.AUTO, ColumnNeeds.withModel(), RunLog.silent());
    assertEquals(List.of("id", "sex", "age", "grp"), d.featureNames());
  }
}
