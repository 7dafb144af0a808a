package dev.fairness.model;

/**
 * What the model answered for one record (spec §8.3). Values are {@link Long}, {@link Double},
 * {@link String}, {@link Boolean}, {@code java.util.List} of those, or {@code java.util.Map} for a
 * JSON object.
 *
 * @param label the value at {@code predictor.label}, or null when that locator is not configured
 * @param probability the value at {@code predictor.probability}, or null when not configured
 * @param output the whole record output: the typed cells of the CSV line (a single cell as a
 *     scalar, several as a list) or the JSON value of the record; null when the response has no
 *     per-record value of its own (a batched JSON document read through locators)
 */
public record ModelOutput(Object label, Object probability, Object output) {}
