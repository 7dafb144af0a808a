package dev.fairness.config;

import static dev.fairness.config.ConfigFixture.csvBias;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code predicted_score}: a column reference for CSV, enough for post-training bias alone. */
class PredictedScoreConfigTest {

  @TempDir Path dir;

  @Test
  void nameAndIndexAreColumnReferences() {
    ConfigFixture f = new ConfigFixture(dir);
    assertEquals(
        ColumnRef.ofName("score"), f.load(csvBias("'predicted_score':'score'")).predictedScore());
    assertEquals(ColumnRef.ofIndex(3), f.load(csvBias("'predicted_score':3")).predictedScore());
    assertNull(f.load(csvBias("")).predictedScore());
  }

  @Test
  void postTrainingBiasNeedsNoModelWithAScore() {
    String json =
        "{'dataset_type':'text/csv','dataset_uri':'data.csv','label':'y',"
            + "'label_values_or_threshold':[1],'facet':[{'name_or_index':'g'}],"
            + "'predicted_score':'s','methods':{'post_training_bias':{'methods':'all'}}}";
    AnalysisConfig c = new ConfigFixture(dir).load(json);
    assertEquals(ColumnRef.ofName("s"), c.predictedScore());
    assertTrue(c.predictedLabel() == null && !c.hasModel());
  }

  @Test
  void jsonDatasetsAreRefusedWithAPointer() {
    ConfigException e =
        new ConfigFixture(dir)
            .fail(
                "{'dataset_type':'application/jsonlines','dataset_uri':'d.jsonl','features':'f',"
                    + "'label':'y','label_values_or_threshold':[1],'facet':[{'name_or_index':0}],"
                    + "'predicted_label':'p','predicted_score':'s',"
                    + "'methods':{'pre_training_bias':{'methods':'all'}}}");
    assertTrue(
        e.details().stream()
            .anyMatch(d -> d.contains("/predicted_score") && d.contains("text/csv only")),
        e.details().toString());
  }

  @Test
  void wrongTypeIsASchemaProblem() {
    ConfigException e = new ConfigFixture(dir).fail(csvBias("'predicted_score':true"));
    assertTrue(
        e.details().stream().anyMatch(d -> d.startsWith("/predicted_score")),
        e.details().toString());
  }
}
