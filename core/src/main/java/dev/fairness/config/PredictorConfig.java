package dev.fairness.config;

import java.util.List;

/**
 * {@code predictor} (spec §2.6), with defaults filled: content and accept types are lower case and
 * never null.
 *
 * @param contentType request format
 * @param acceptType response format
 * @param contentTemplate {@code content_template} or null
 * @param recordTemplate {@code record_template} or null
 * @param label where the predicted label is: for a CSV accept type an index; for JSON types a
 *     JMESPath expression (an integer i in the config becomes the expression {@code [i]}); or null
 * @param probability where the score(s) are, same form as {@code label}; or null
 * @param labelHeaders class names ({@link Long}, {@link Double}, {@link String}, {@link Boolean}),
 *     or null
 * @param customAttributes forwarded verbatim, or null
 * @param targetModel forwarded verbatim, or null
 */
public record PredictorConfig(
    String contentType,
    String acceptType,
    String contentTemplate,
    String recordTemplate,
    ColumnRef label,
    ColumnRef probability,
    List<Object> labelHeaders,
    String customAttributes,
    String targetModel) {

  /**
   * Returns true when {@code label_headers} has exactly one entry: thresholded scores then leave
   * the negative predictions missing on purpose (spec §8.4).
   */
  public boolean singleLabelHeader() {
    return labelHeaders != null && labelHeaders.size() == 1;
  }
}
