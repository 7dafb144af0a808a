package dev.fairness.result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fairness.FairnessException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalysisJsonReaderTest {

  private static Path gate(String relative) {
    return Path.of(System.getProperty("testdata.dir", "../testdata"))
        .toAbsolutePath()
        .normalize()
        .resolve("gate")
        .resolve(relative);
  }

  @Test
  void readsBiasSectionsInFileOrderWithInfinitiesAndErrors() {
    AnalysisResult r = new AnalysisJsonReader().read(gate("baseline/analysis.json"));
    assertEquals("Target", r.preTraining().label());
    assertEquals("1", r.preTraining().labelValueOrThreshold());
    assertEquals(List.of("Sex", "Age"), List.copyOf(r.preTraining().facets().keySet()));
    FacetGroupResult age = r.preTraining().facets().get("Age").get(0);
    assertEquals("(40, 90]", age.valueOrThreshold());
    assertEquals(-0.5, age.metrics().get(0).value(), 0.0);
    List<MetricValue> post = r.postTraining().facets().get("Sex").get(0).metrics();
    assertEquals(
        List.of("CDDPL", "DI", "DPPL", "TE"), post.stream().map(MetricValue::name).toList());
    assertTrue(post.get(0).failed());
    assertEquals("Group variable is empty or not provided", post.get(0).error());
    assertEquals(Double.POSITIVE_INFINITY, post.get(3).value(), 0.0);
    assertEquals("Disparate Impact (DI)", post.get(1).description());
    assertNull(r.explanations());
  }

  @Test
  void roundTripsWhatTheWriterWrites(@TempDir Path dir) throws Exception {
    AnalysisResult r = new AnalysisJsonReader().read(gate("current/analysis.json"));
    StringWriter w = new StringWriter();
    new AnalysisJsonWriter().write(r, w);
    Path copy = dir.resolve("analysis.json");
    Files.writeString(copy, w.toString());
    assertEquals(r, new AnalysisJsonReader().read(copy));
    assertEquals(Files.readString(gate("current/analysis.json")), w.toString());
  }

  @Test
  void aMissingFileIsADataErrorNamingTheFile() {
    Path file = gate("nowhere/analysis.json");
    FairnessException e =
        assertThrows(FairnessException.class, () -> new AnalysisJsonReader().read(file));
    assertEquals(FairnessException.Kind.DATA, e.kind());
    assertEquals(file + ": file not found; give the path of an analysis.json", e.getMessage());
  }

  @Test
  void badJsonIsADataErrorWithItsLocation(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("analysis.json");
    Files.writeString(file, "{\n  \"version\": \"1.0\",\n  oops\n}\n");
    FairnessException e =
        assertThrows(FairnessException.class, () -> new AnalysisJsonReader().read(file));
    assertTrue(
        e.getMessage().startsWith(file + ":3:3: not valid JSON: Unexpected character ('o'"),
        e.getMessage());
  }

  @Test
  void aWrongShapeNamesTheJsonPointer(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("analysis.json");
    Files.writeString(
        file,
        "{\"post_training_bias_metrics\": {\"facets\": {\"a/b\": [{\"value_or_threshold\": \"x\","
            + " \"metrics\": [{\"name\": \"DI\", \"value\": \"high\"}]}]}}}");
    FairnessException e =
        assertThrows(FairnessException.class, () -> new AnalysisJsonReader().read(file));
    assertEquals(
        file
            + ": /post_training_bias_metrics/facets/a~1b/0/metrics/0/value: expected a number,"
            + " \"Infinity\", \"-Infinity\" or null; is this an analysis.json?",
        e.getMessage());
  }

  @Test
  void aFileWithoutBiasOrShapSectionsIsRefused(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("analysis.json");
    Files.writeString(file, "{\"version\": \"1.0\", \"explanations\": {}}");
    FairnessException e =
        assertThrows(FairnessException.class, () -> new AnalysisJsonReader().read(file));
    assertEquals(
        file
            + ": no pre_training_bias_metrics, post_training_bias_metrics or"
            + " explanations.kernel_shap; give an analysis.json of a bias or SHAP analysis",
        e.getMessage());
  }

  @Test
  void aShapOnlyFileIsReadWithItsGlobalValuesInFileOrder(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("analysis.json");
    Files.writeString(
        file,
        "{\"explanations\": {\"kernel_shap\": {\"label0\": {\"global_shap_values\":"
            + " {\"b\": 0.25, \"a\": \"Infinity\"}, \"expected_value\": 0.5}}}}");
    AnalysisResult r = new AnalysisJsonReader().read(file);
    assertNull(r.preTraining());
    ShapLabelResult label = r.explanations().kernelShap().get("label0");
    assertEquals(List.of("b", "a"), List.copyOf(label.globalShapValues().keySet()));
    assertEquals(Double.POSITIVE_INFINITY, label.globalShapValues().get("a"));
    assertEquals(0.5, label.expectedValue());
    Files.writeString(
        file,
        "{\"explanations\": {\"kernel_shap\": {\"l/0\": {\"global_shap_values\":"
            + " {\"Age\": \"high\"}}}}}");
    FairnessException e =
        assertThrows(FairnessException.class, () -> new AnalysisJsonReader().read(file));
    assertEquals(
        file
            + ": /explanations/kernel_shap/l~10/global_shap_values/Age: expected a number; is this"
            + " an analysis.json?",
        e.getMessage());
  }

  @Test
  void readsTheIntervalBackAndRoundTripsIt(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("analysis.json");
    Files.writeString(
        file,
        "{\"post_training_bias_metrics\": {\"label\": \"y\", \"facets\": {\"Sex\": [{"
            + "\"value_or_threshold\": \"F\", \"metrics\": ["
            + "{\"name\": \"DI\", \"description\": \"d\", \"value\": 0.78,"
            + " \"ci\": [0.74, 0.82]},"
            + "{\"name\": \"DCR\", \"description\": \"d\", \"value\": 1.5,"
            + " \"ci\": [-1.25, \"Infinity\"]},"
            + "{\"name\": \"FT\", \"description\": \"d\", \"value\": 0.1}]}]}}}");
    AnalysisResult r = new AnalysisJsonReader().read(file);
    List<MetricValue> m = r.postTraining().facets().get("Sex").get(0).metrics();
    assertEquals(new ConfidenceInterval(0.74, 0.82), m.get(0).ci());
    assertEquals(new ConfidenceInterval(-1.25, Double.POSITIVE_INFINITY), m.get(1).ci());
    assertNull(m.get(2).ci());
    StringWriter w = new StringWriter();
    new AnalysisJsonWriter().write(r, w);
    Path copy = dir.resolve("copy.json");
    Files.writeString(copy, w.toString());
    assertEquals(
        m, new AnalysisJsonReader().read(copy).postTraining().facets().get("Sex").get(0).metrics());
    Files.writeString(
        file,
        "{\"pre_training_bias_metrics\": {\"facets\": {\"S\": [{\"value_or_threshold\": \"F\","
            + " \"metrics\": [{\"name\": \"DI\", \"value\": 1, \"ci\": [2, 1]}]}]}}}");
    FairnessException e =
        assertThrows(FairnessException.class, () -> new AnalysisJsonReader().read(file));
    assertTrue(
        e.getMessage()
            .endsWith(
                "/pre_training_bias_metrics/facets/S/0/metrics/0/ci: expected bounds in order,"
                    + " low <= high; is this an analysis.json?"),
        e.getMessage());
  }
}
