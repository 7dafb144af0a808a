package dev.fairness.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fairness.config.ConfigException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PayloadCodecTest {

  private static final List<String> NAMES = List.of("age", "job", "income", "ok");
  private static final List<Object[]> ROWS =
      List.of(Configs.row(25L, "clerk", 2850.5, true), Configs.row(-3L, "say \"hi\"", 1e-5, null));

  @Test
  void csvQuotesStringsOnlyAndRendersValuesLikePython() {
    PayloadCodec codec = PayloadCodec.of(Configs.csv(), NAMES);
    assertEquals("25,\"clerk\",2850.5,True\n-3,\"say \"\"hi\"\"\",1e-05,", codec.encode(ROWS));
    assertFalse(codec.oneRecordPerRequest());
  }

  @Test
  void csvRendersFloatsAndRepeatsFromTheCache() {
    PayloadCodec codec = PayloadCodec.of(Configs.csv(), List.of("a", "b", "c"));
    List<Object[]> rows = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      rows.add(Configs.row(40.0, 1.5e16, Long.MIN_VALUE));
    }
    String line = "40.0,1.5e+16," + Long.MIN_VALUE;
    assertEquals(line + "\n" + line + "\n" + line, codec.encode(rows));
  }

  @Test
  void jsonLinesFillsFeatures() {
    PayloadCodec codec =
        PayloadCodec.of(
            Configs.predictor(
                "application/jsonlines",
                "application/jsonlines",
                "{\"Features\":$features}",
                null,
                null,
                null,
                null),
            NAMES);
    assertEquals(
        "{\"Features\":[25,\"clerk\",2850.5,true]}\n{\"Features\":[-3,\"say \\\"hi\\\"\",1e-05,null]}",
        codec.encode(ROWS));
  }

  @Test
  void jsonRecordsWithAllPlaceholders() {
    PayloadCodec codec =
        PayloadCodec.of(
            Configs.predictor(
                "application/json",
                "application/json",
                "{\"instances\":$records}",
                "{\"f\":$features,\"n\":$feature_names,\"kv\":$features_kvp,\"age\":\"${age}\"}",
                null,
                null,
                null),
            NAMES);
    String first =
        "{\"f\":[25,\"clerk\",2850.5,true],\"n\":[\"age\",\"job\",\"income\",\"ok\"],"
            + "\"kv\":{\"age\":25,\"job\":\"clerk\",\"income\":2850.5,\"ok\":true},\"age\":25}";
    String body = codec.encode(ROWS);
    assertTrue(body.startsWith("{\"instances\":[" + first + ",{"), body);
    assertTrue(body.endsWith("\"age\":-3}]}"), body);
  }

  @Test
  void jsonSingleRecordTemplateForcesOneRecordPerRequest() {
    PayloadCodec codec =
        PayloadCodec.of(
            Configs.predictor(
                "application/json",
                "application/json",
                "{\"x\":$record}",
                "$features",
                null,
                null,
                null),
            NAMES);
    assertTrue(codec.oneRecordPerRequest());
    assertEquals(
        "{\"x\":[25,\"clerk\",2850.5,true]}",
        codec.encode(java.util.Collections.singletonList(ROWS.get(0))));
  }

  @Test
  void templateThatIsNotJsonIsAConfigError() {
    ConfigException e =
        assertThrows(
            ConfigException.class,
            () ->
                PayloadCodec.of(
                    Configs.predictor(
                        "application/json",
                        "application/json",
                        "{\"x\":$records",
                        "$features",
                        null,
                        null,
                        null),
                    NAMES));
    assertTrue(
        e.getMessage().startsWith("content_template/record_template do not produce valid JSON: "),
        e.getMessage());
  }

  @Test
  void missingPlaceholdersUseTheSpecTexts() {
    assertEquals(
        "Invalid content_template {}. Please include a placeholder $features.",
        assertThrows(
                ConfigException.class,
                () ->
                    PayloadCodec.of(
                        Configs.predictor(
                            "application/jsonlines", "text/csv", "{}", null, null, null, null),
                        NAMES))
            .getMessage());
    assertEquals(
        "Invalid content_template {}. Please include either placeholder $records or $record.",
        assertThrows(
                ConfigException.class,
                () ->
                    PayloadCodec.of(
                        Configs.predictor(
                            "application/json", "text/csv", "{}", "$features", null, null, null),
                        NAMES))
            .getMessage());
    assertTrue(
        assertThrows(
                ConfigException.class,
                () ->
                    PayloadCodec.of(
                        Configs.predictor(
                            "application/json",
                            "text/csv",
                            "$records",
                            "\"${nope}\"",
                            null,
                            null,
                            null),
                        NAMES))
            .getMessage()
            .contains("\"${nope}\" names no feature"));
  }

  @Test
  void jsonWritesNonFiniteFloatsLikePythonJsonDumps() {
    PayloadCodec codec =
        PayloadCodec.of(
            Configs.predictor(
                "application/jsonlines", "text/csv", "$features", null, null, null, null),
            List.of("a", "b"));
    assertEquals(
        "[Infinity,NaN]",
        codec.encode(List.<Object[]>of(Configs.row(Double.POSITIVE_INFINITY, Double.NaN))));
  }
}
