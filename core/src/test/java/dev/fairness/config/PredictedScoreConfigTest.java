package dev.fairness.config;

import static dev.fairness.config.ConfigFixture.csvBias;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code predicted_score}: a column reference for CSV, a JMESPath for JSON Lines / JSON (as {@code
 * label}), enough for post-training bias alone.
 */
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

  private static String jsonLines(String score) {
    return "{'dataset_type':'application/jsonlines','dataset_uri':'d.jsonl','features':'f',"
        + "'label':'y','label_values_or_threshold':[1],'facet':[{'name_or_index':0}],"
        + "'predicted_label':'p','predicted_score':"
        + score
        + ",'methods':{'pre_training_bias':{'methods':'all'}}}";
  }

  @Test
  void jsonDatasetsTakeAJmesPathLikeTheLabel() {
    ConfigFixture f = new ConfigFixture(dir);
    assertEquals(ColumnRef.ofName("s"), f.load(jsonLines("'s'")).predictedScore());
    assertEquals(ColumnRef.ofName("[2]"), f.load(jsonLines("2")).predictedScore());
    ConfigException e = f.fail(jsonLines("'s['"));
    assertTrue(
        e.getMessage().startsWith("Invalid JMESPath expression in /predicted_score: "),
        e.getMessage());
  }

  @Test
  void wrongTypeIsASchemaProblem() {
    ConfigException e = new ConfigFixture(dir).fail(csvBias("'predicted_score':true"));
    assertTrue(
        e.details().stream().anyMatch(d -> d.startsWith("/predicted_score")),
        e.details().toString());
  }
}
