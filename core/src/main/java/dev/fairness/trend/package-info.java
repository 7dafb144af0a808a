/**
 * A trend of runs (issue 24): many analysis.json files of the same analysis over time ({@link
 * dev.fairness.trend.TrendRunReader}), one series per chosen metric and facet group ({@link
 * dev.fairness.trend.Trend}), the first run that crossed each bound, and the series as CSV ({@link
 * dev.fairness.trend.TrendCsvWriter}). The HTML and Markdown reports are rendered by {@code
 * dev.fairness.report.TrendReportRenderer}.
 *
 * <p>Allowed dependencies: {@code result}, {@code gate} (assertions), {@code config} (usage errors)
 * and {@code text}; nothing here prints or exits.
 */
package dev.fairness.trend;
