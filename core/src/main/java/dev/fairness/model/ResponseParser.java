package dev.fairness.model;

import dev.fairness.config.ConfigException;
import dev.fairness.config.PredictorConfig;
import java.util.List;

/**
 * Parses a response body for {@code predictor.accept_type} into one {@link ModelOutput} per request
 * record, applying the {@code label} and {@code probability} locators (spec §8.3). Implementations
 * are immutable and thread-safe.
 */
public interface ResponseParser {

  /**
   * Returns one output per record of the request, in order.
   *
   * @param body the response body
   * @param records the number of records in the request
   * @throws ModelResponseException when the response is invalid (wrong count, unparseable, a
   *     locator yields null or is out of range); the caller falls back to per-record requests
   */
  List<ModelOutput> parse(String body, int records) throws ModelResponseException;

  /**
   * Returns the score vector of each record (spec §6.3): the value at {@code probability}, else at
   * {@code label}, else the whole output.
   *
   * @param firstRecord the 1-based number of the request's first record, for messages
   * @throws ModelResponseException when the response is invalid, as for {@link #parse}
   * @throws ModelInvocationException when a value is not a number or a list of numbers
   */
  default double[][] scores(String body, int records, long firstRecord)
      throws ModelResponseException {
    List<ModelOutput> outputs = parse(body, records);
    double[][] scores = new double[records][];
    for (int i = 0; i < records; i++) {
      scores[i] = ScoreVectors.of(outputs.get(i), firstRecord + i);
    }
    return scores;
  }

  /**
   * Returns the parser for a predictor's accept type.
   *
   * @param oneRecordPerRequest whether every request carries one record ({@code $record}), which
   *     decides how a JSON document is read
   * @throws ConfigException when the accept type is unsupported or a locator does not fit it
   */
  static ResponseParser of(PredictorConfig predictor, boolean oneRecordPerRequest) {
    return switch (predictor.acceptType()) {
      case "text/csv" -> new CsvResponseParser(predictor.label(), predictor.probability());
      case "application/jsonlines" -> new JsonResponseParser(predictor, true, false);
      case "application/json" -> new JsonResponseParser(predictor, false, oneRecordPerRequest);
      default ->
          throw new ConfigException(
              "predictor.accept_type: "
                  + predictor.acceptType()
                  + " is not supported; use text/csv, application/jsonlines or application/json");
    };
  }
}
