package dev.fairness.data;

import static dev.fairness.data.DataFiles.error;
import static dev.fairness.data.DataFiles.load;
import static dev.fairness.data.DataFiles.write;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.fairness.RunLog;
import dev.fairness.config.ColumnRef;
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
  void notFoundMessagesAreTheSpecs() {
    assertEquals(
        "Unable to locate the facet. Column sexx not found",
        error(() -> load(ConfigFixture.csv(file).label("y").facet("sexx"))));
    assertEquals(
        "Unable to locate the facet. Column 6 not found",
        error(() -> load(ConfigFixture.csv(file).label("y").facet(6))));
    assertEquals(
        "Headers must contain label.", error(() -> load(ConfigFixture.csv(file).label("Y"))));
    assertEquals(
        "Headers must contain label.", error(() -> load(ConfigFixture.csv(file).label(-1))));
    assertEquals(
        "Column q not found", error(() -> load(ConfigFixture.csv(file).label("y").predicted("q"))));
    ConfigFixture g = config();
    g.groupVariable = ColumnRef.ofName("group");
    assertEquals("Column group not found", error(() -> load(g)));
    ConfigFixture j = config();
    j.joinsource = ColumnRef.ofIndex(10);
    assertEquals("Column 10 not found", error(() -> load(j)));
    ConfigFixture e = config();
    e.excluded.add(ColumnRef.ofName("nope"));
    assertEquals("Feature names not found.", error(() -> load(e)));
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
