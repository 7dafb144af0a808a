package dev.fairness.model;

import dev.fairness.config.ColumnRef;
import dev.fairness.config.LocalConfig;
import dev.fairness.config.PredictorConfig;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Builds predictor and local settings for the model tests. */
final class Configs {

  private Configs() {}

  static PredictorConfig csv() {
    return predictor("text/csv", "text/csv", null, null, null, null, null);
  }

  static PredictorConfig predictor(
      String ct,
      String at,
      String contentTemplate,
      String recordTemplate,
      ColumnRef label,
      ColumnRef probability,
      List<Object> labelHeaders) {
    return new PredictorConfig(
        ct, at, contentTemplate, recordTemplate, label, probability, labelHeaders, null, null);
  }

  static LocalConfig local(int maxBatchRecords, long maxPayloadBytes) {
    return new LocalConfig(
        null,
        null,
        "envelope",
        Path.of("."),
        Map.of(),
        Map.of(),
        maxBatchRecords,
        maxPayloadBytes,
        2.0,
        2.0,
        1,
        1,
        2000,
        "off");
  }

  static LocalConfig subprocess(
      List<String> command, String framing, double timeout, double startup) {
    return new LocalConfig(
        command,
        null,
        framing,
        Path.of(".").toAbsolutePath(),
        Map.of("STUB", "1"),
        Map.of(),
        3,
        6291456L,
        timeout,
        startup,
        0,
        1,
        2000,
        "off");
  }

  static LocalConfig http(String url, int retries, int concurrency, int batch) {
    return new LocalConfig(
        null,
        url,
        "envelope",
        Path.of("."),
        Map.of(),
        Map.of("X-Test", "yes"),
        batch,
        6291456L,
        2.0,
        2.0,
        retries,
        concurrency,
        2000,
        "off");
  }

  static Object[] row(Object... values) {
    return values;
  }
}
