package dev.fairness.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fairness.config.ColumnRef;
import dev.fairness.config.ConfigException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResponseParserTest {

  private static ResponseParser csv(ColumnRef label, ColumnRef probability) {
    return ResponseParser.of(
        Configs.predictor("text/csv", "text/csv", null, null, label, probability, null), false);
  }

  private static ResponseParser json(String accept, String label, String probability, boolean one) {
    return ResponseParser.of(
        Configs.predictor(
            "text/csv",
            accept,
            null,
            null,
            label == null ? null : ColumnRef.ofName(label),
            probability == null ? null : ColumnRef.ofName(probability),
            null),
        one);
  }

  @Test
  void csvLinePerRecordWithLocators() throws Exception {
    List<ModelOutput> out =
        csv(ColumnRef.ofIndex(0), ColumnRef.ofIndex(1)).parse("cat,0.9\r\n\ndog,0.2\n", 2);
    assertEquals(new ModelOutput("cat", 0.9, List.of("cat", 0.9)), out.get(0));
    assertEquals(new ModelOutput("dog", 0.2, List.of("dog", 0.2)), out.get(1));
  }

  @Test
  void csvOneLineWithOneCellPerRecord() throws Exception {
    List<ModelOutput> out = csv(null, null).parse("0.6,0.3", 2);
    assertEquals(0.6, out.get(0).output());
    assertEquals(0.3, out.get(1).output());
    assertArrayEquals(new double[][] {{0.6}, {0.3}}, csv(null, null).scores("0.6,0.3", 2, 1));
  }

  @Test
  void csvBracketListsAsJsonOrAutopilotStyle() throws Exception {
    List<ModelOutput> out =
        csv(ColumnRef.ofIndex(0), ColumnRef.ofIndex(1))
            .parse("\"['cat','dog']\",\"[0.1, 0.9]\"\n\"[\"\"a\"\",\"\"b\"\"]\",\"[1,2]\"", 2);
    assertEquals(List.of("cat", "dog"), out.get(0).label());
    assertEquals(List.of(0.1, 0.9), out.get(0).probability());
    assertEquals(List.of("a", "b"), out.get(1).label());
    assertEquals(List.of(1L, 2L), out.get(1).probability());
  }

  @Test
  void csvUnquotedListLineIsOneCell() throws Exception {
    ResponseParser p = csv(null, null);
    assertEquals(List.of(0.1, 0.9), p.parse("[0.1,0.9]\n[0.8,0.2]", 2).get(0).output());
    assertArrayEquals(new double[] {0.8, 0.2}, p.scores("[0.1,0.9]\n[0.8,0.2]", 2, 1)[1]);
  }

  @Test
  void csvInvalidResponses() {
    ResponseParser p = csv(null, ColumnRef.ofIndex(2));
    assertEquals(
        "the response has 3 lines for 2 records",
        assertThrows(ModelResponseException.class, () -> p.parse("1\n2\n3", 2)).getMessage());
    assertTrue(
        assertThrows(ModelResponseException.class, () -> p.parse("1,2\n3,4", 2))
            .getMessage()
            .contains("out of range"));
    assertThrows(ModelResponseException.class, () -> p.scores("1,2\n3,4", 2, 1));
    assertThrows(ModelResponseException.class, () -> csv(null, null).parse("1,2,3", 2));
  }

  @Test
  void csvScoresFastPathMatchesGeneralPath() throws Exception {
    String body = "0.25,0.75\n1,0\n3e-05,1.0E-5";
    double[][] fast = csv(null, null).scores(body, 3, 1);
    assertArrayEquals(new double[] {0.25, 0.75}, fast[0]);
    assertArrayEquals(new double[] {1, 0}, fast[1]);
    assertArrayEquals(new double[] {3e-05, 1e-5}, fast[2]);
    assertArrayEquals(new double[] {0.75}, csv(null, ColumnRef.ofIndex(1)).scores(body, 3, 1)[0]);
  }

  @Test
  void fastScoreParsingRoundTripsEveryDouble() throws Exception {
    java.util.SplittableRandom r = new java.util.SplittableRandom(3);
    StringBuilder body = new StringBuilder();
    double[] want = new double[2000];
    for (int i = 0; i < want.length; i++) {
      want[i] = i % 2 == 0 ? r.nextDouble() : Double.longBitsToDouble(r.nextLong() >>> 2);
      body.append(i > 0 ? "\n" : "")
          .append(
              i % 3 == 0
                  ? Double.toString(want[i])
                  : dev.fairness.text.ValueText.renderDouble(want[i]));
    }
    double[][] got = csv(null, null).scores(body.toString(), want.length, 1);
    for (int i = 0; i < want.length; i++) {
      assertEquals(
          Double.doubleToLongBits(want[i]),
          Double.doubleToLongBits(got[i][0]),
          body.toString().split("\n")[i]);
    }
    assertEquals(
        "Could not convert string to float. 1e (record 1)",
        assertThrows(ModelInvocationException.class, () -> csv(null, null).scores("1e", 1, 1))
            .getMessage());
  }

  @Test
  void nonNumericScoreNamesValueAndRecord() {
    ModelInvocationException e =
        assertThrows(
            ModelInvocationException.class, () -> csv(null, null).scores("0.5\ncat", 2, 7));
    assertEquals("Could not convert string to float. cat (record 8)", e.getMessage());
  }

  @Test
  void csvLocatorMustBeAnIndex() {
    assertEquals(
        "predictor.label must be a column index when accept_type is text/csv",
        assertThrows(ConfigException.class, () -> csv(ColumnRef.ofName("score"), null))
            .getMessage());
  }

  @Test
  void jsonLinesWithJmesPath() throws Exception {
    ResponseParser p = json("application/jsonlines", "predicted_label", "probabilities", false);
    List<ModelOutput> out =
        p.parse(
            "{\"predicted_label\":1,\"probabilities\":[0.2,0.8]}\n"
                + "{\"predicted_label\":0,\"probabilities\":[0.7,0.3]}",
            2);
    assertEquals(1L, out.get(0).label());
    assertEquals(List.of(0.7, 0.3), out.get(1).probability());
    assertEquals(
        Map.of("predicted_label", 0L, "probabilities", List.of(0.7, 0.3)), out.get(1).output());
    assertThrows(ModelResponseException.class, () -> p.parse("{\"probabilities\":[1]}\n{}", 2));
    assertThrows(
        ModelResponseException.class,
        () -> p.parse("{\"predicted_label\":1,\"probabilities\":1}", 2));
  }

  @Test
  void jsonDocumentWithArrayLocators() throws Exception {
    ResponseParser p = json("application/json", null, "predictions[*].score", false);
    List<ModelOutput> out = p.parse("{\"predictions\":[{\"score\":0.1},{\"score\":0.9}]}", 2);
    assertEquals(0.9, out.get(1).probability());
    assertNull(out.get(1).output());
    assertThrows(
        ModelResponseException.class, () -> p.parse("{\"predictions\":[{\"score\":0.1}]}", 2));
    assertEquals(
        List.of(1L, 2L),
        json("application/json", null, null, false).parse("[[1,2],3]", 2).get(0).output());
    assertThrows(
        ModelResponseException.class,
        () -> json("application/json", null, null, false).parse("not json", 1));
  }

  @Test
  void jsonDocumentWithOneRecordPerRequest() throws Exception {
    ResponseParser p = json("application/json", "label", "score", true);
    assertEquals(
        new ModelOutput("yes", 0.7, Map.of("label", "yes", "score", 0.7)),
        p.parse("{\"label\":\"yes\",\"score\":0.7}", 1).get(0));
    assertArrayEquals(new double[] {0.7}, p.scores("{\"label\":\"yes\",\"score\":0.7}", 1, 1)[0]);
  }

  @Test
  void integerLocatorBecomesIndexExpressionForJson() throws Exception {
    ResponseParser p =
        ResponseParser.of(
            Configs.predictor(
                "text/csv", "application/jsonlines", null, null, null, ColumnRef.ofIndex(1), null),
            false);
    assertEquals(0.8, p.parse("[0.2,0.8]", 1).get(0).probability());
  }

  @Test
  void badJmesPathIsAConfigError() {
    assertTrue(
        assertThrows(ConfigException.class, () -> json("application/jsonlines", "a[", null, false))
            .getMessage()
            .startsWith("Invalid JMESPath expression in /predictor/label: "));
  }
}
