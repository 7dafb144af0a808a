/**
 * Report rendering (spec §9.6): {@link dev.fairness.report.ReportRenderer} turns an {@link
 * dev.fairness.result.AnalysisResult} into a file; {@link
 * dev.fairness.report.TemplateReportRenderer} renders the HTML and Markdown reports with Freemarker
 * from the view model {@link dev.fairness.report.ReportModel}, which precomputes every number,
 * sentence and chart coordinate so the templates only format.
 *
 * <p>{@link dev.fairness.report.TrendReportRenderer} renders the trend report of {@code fairness
 * trend} from {@link dev.fairness.report.TrendView}, with one chart per series ({@link
 * dev.fairness.report.SvgTrendChart}).
 *
 * <p>Allowed dependencies: {@code dev.fairness.result}, {@code dev.fairness.text}, the metric enums
 * of {@code dev.fairness.metrics} (range and meaning of each metric), {@code dev.fairness.trend}
 * and the assertions of {@code dev.fairness.gate} (for the trend report), Freemarker and the JDK.
 * Nothing here prints, exits or reads the environment; run facts such as the generation time arrive
 * in {@link dev.fairness.result.RunInfo}.
 */
package dev.fairness.report;
