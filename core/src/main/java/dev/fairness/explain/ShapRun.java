package dev.fairness.explain;

import dev.fairness.result.ShapLabelResult;
import java.util.List;
import java.util.Map;

/**
 * What one Kernel SHAP run produced besides the streamed local values.
 *
 * @param kernelShap label key to global values and expected value, in label-key order
 * @param labelKeys the label keys
 * @param explainedFeatures the explained feature names, in feature order
 * @param explainedRecords number of records explained
 * @param firstNumSamples {@code nsamples} of the first record (for the log line)
 * @param modelRows rows sent to the scorer
 * @param scorerNanos wall time spent inside {@link BatchScorer#score}
 * @param wallNanos wall time of the whole run
 */
public record ShapRun(
    Map<String, ShapLabelResult> kernelShap,
    List<String> labelKeys,
    List<String> explainedFeatures,
    int explainedRecords,
    int firstNumSamples,
    long modelRows,
    long scorerNanos,
    long wallNanos) {}
