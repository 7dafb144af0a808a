/**
 * Fairlearn's group view of a model, pure over counts: per group rates ({@link
 * dev.fairness.groups.GroupMetric}, with Fairlearn's and scikit-learn's conventions at zero
 * denominators) and {@code MetricFrame}'s aggregates and fairness summaries ({@link
 * dev.fairness.groups.MetricFrame}). The counts come from the bias engine's tally; nothing here
 * reads rows.
 *
 * <p>Allowed dependencies: {@code stats} (the {@code GroupCounts} record), {@code result}. No I/O.
 */
package dev.fairness.groups;
