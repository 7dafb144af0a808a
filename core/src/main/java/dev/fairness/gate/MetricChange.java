package dev.fairness.gate;

import dev.fairness.result.MetricValue;
import dev.fairness.text.ValueText;

/**
 * One metric of one facet group in a baseline/current comparison.
 *
 * @param stage {@code pre} or {@code post}
 * @param facet facet name
 * @param group the group string ({@code value_or_threshold})
 * @param metric metric acronym
 * @param baseline the baseline metric, or null when the baseline does not have it
 * @param current the current metric, or null when the current analysis does not have it
 * @param change {@code current − baseline} when both have a value (0 for equal infinities, ±∞ when
 *     one side is infinite), else null
 * @param limit the allowed absolute change, or null when none applies
 * @param status what the comparison found
 * @param significant whether the change is significant: true when both metrics have confidence
 *     intervals ({@code ci}) and they do not overlap, false when they overlap, null when either
 *     side has no interval (issue 18)
 */
public record MetricChange(
    String stage,
    String facet,
    String group,
    String metric,
    MetricValue baseline,
    MetricValue current,
    Double change,
    Double limit,
    Status status,
    Boolean significant) {

  /** Creates a change whose significance is unknown (no intervals). */
  public MetricChange(
      String stage,
      String facet,
      String group,
      String metric,
      MetricValue baseline,
      MetricValue current,
      Double change,
      Double limit,
      Status status) {
    this(stage, facet, group, metric, baseline, current, change, limit, status, null);
  }

  /** What a comparison found for one metric; {@link #violation()} says which ones fail. */
  public enum Status {
    /** Both have a value and the change is within the limit (or there is no limit). */
    OK(false),
    /** Both have a value and the absolute change is above the limit. */
    EXCEEDED(true),
    /**
     * The absolute change is above the limit but the two intervals overlap, and the limits apply to
     * significant changes only ({@code --significant-only}).
     */
    NOT_SIGNIFICANT(false),
    /** The baseline has the metric; the current analysis does not. */
    REMOVED(true),
    /** The current analysis has the metric; the baseline does not. */
    ADDED(true),
    /** The current metric carries an error; the baseline had a value. */
    NEW_ERROR(true),
    /** Both carry an error. */
    STILL_ERROR(false),
    /** The baseline carried an error; the current metric has a value. */
    RECOVERED(false);

    private final boolean violation;

    Status(boolean violation) {
      this.violation = violation;
    }

    /** Returns true when this finding fails the comparison. */
    public boolean violation() {
      return violation;
    }
  }

  /** Returns true when this metric fails the comparison. */
  public boolean violated() {
    return status.violation();
  }

  /** Returns the reference in {@code --assert} spelling, e.g. {@code post.DI@Sex=Female}. */
  public String ref() {
    return stage + "." + metric + "@" + facet + "=" + group;
  }

  /** Returns a one-line explanation of the status, with values rendered as spec §9.5. */
  public String reason() {
    return switch (status) {
      case OK -> limit == null ? "no limit" : "within ±" + ValueText.renderDouble(limit);
      case EXCEEDED ->
          "change "
              + signed(change)
              + " exceeds the limit ±"
              + ValueText.renderDouble(limit)
              + " (baseline "
              + AssertionCheck.shown(baseline)
              + ", current "
              + AssertionCheck.shown(current)
              + ")";
      case NOT_SIGNIFICANT ->
          "change "
              + signed(change)
              + " exceeds the limit ±"
              + ValueText.renderDouble(limit)
              + " but is not significant: the intervals overlap (baseline "
              + AssertionCheck.shown(baseline)
              + ", current "
              + AssertionCheck.shown(current)
              + ")";
      case REMOVED -> "in the baseline but missing from the current analysis";
      case ADDED -> "in the current analysis but missing from the baseline";
      case NEW_ERROR ->
          "error in the current analysis: "
              + current.error()
              + " (baseline "
              + (baseline.failed() ? "error" : ValueText.renderDouble(baseline.value()))
              + ")";
      case STILL_ERROR -> "error in both: " + current.error();
      case RECOVERED -> "the baseline had an error: " + baseline.error();
    };
  }

  /**
   * Returns the status in lower case with spaces, followed by {@code , significant} or {@code ,
   * intervals overlap} when the significance is known.
   */
  public String statusText() {
    String s = status.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    if (significant == null || status == Status.NOT_SIGNIFICANT) {
      return s;
    }
    return s + (significant ? ", significant" : ", intervals overlap");
  }

  /** Returns a value rendered as spec §9.5 with an explicit {@code +} for positive values. */
  static String signed(double v) {
    String s = ValueText.renderDouble(v);
    return v > 0 ? "+" + s : s;
  }
}
