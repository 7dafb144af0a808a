package dev.fairness.gate;

import dev.fairness.Finding;
import dev.fairness.result.AnalysisResult;
import dev.fairness.result.BiasReport;
import dev.fairness.result.FacetGroupResult;
import dev.fairness.result.MetricValue;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/** The JUnit cases a run gives: one per assertion, finding, metric error and attribution drift. */
public final class JUnitCases {

  private JUnitCases() {}

  /**
   * Returns the case of one label's feature-attribution drift: class {@code fairness.compare.shap},
   * name {@code nDCG@label}; a violation is a failure of type {@code feature_attribution_drift}
   * listing the features whose rank moved most.
   */
  static JUnitCase attributionCase(AttributionDrift d) {
    StringBuilder body = new StringBuilder("label " + d.label() + ": " + d.reason() + "\n");
    for (AttributionDrift.FeatureRank f : d.movers(ComparisonJsonWriter.MOVERS)) {
      body.append(f.feature())
          .append(": rank ")
          .append(f.baselineRank())
          .append(" -> ")
          .append(f.currentRank())
          .append('\n');
    }
    String name = "nDCG@" + d.label();
    if (d.violated()) {
      return JUnitCase.failed(
          "fairness.compare.shap", name, "feature_attribution_drift", d.reason(), body.toString());
    }
    return JUnitCase.passed("fairness.compare.shap", name, body.toString());
  }

  /** Returns the JUnit case of one assertion outcome. */
  public static JUnitCase assertionCase(AssertionCheck.Outcome o) {
    String expr = o.assertion().expression();
    if (o.passed()) {
      StringJoiner checked = new StringJoiner("\n", "", "\n");
      for (AssertionCheck.Match m : o.matches()) {
        MetricValue v = m.metric();
        checked.add(
            m.facet()
                + (m.group() == null ? "" : "=" + m.group())
                + ": "
                + AssertionCheck.shown(v));
      }
      return JUnitCase.passed(JUnitReport.ASSERT_CLASS, expr, checked.toString());
    }
    StringJoiner where = new StringJoiner("; ", expr + " failed for ", "");
    StringBuilder body = new StringBuilder();
    for (AssertionFailure f : o.failures()) {
      where.add(
          f.facet() == null
              ? f.detail()
              : f.facet() + (f.group() == null ? "" : "=" + f.group()) + ": " + f.detail());
      body.append(f.message()).append('\n');
    }
    return JUnitCase.failed(
        JUnitReport.ASSERT_CLASS, expr, "assertion", where.toString(), body.toString());
  }

  /**
   * Adds one case per finding that has a code of its own (class {@code fairness.warnings}, name
   * {@code code@where}): a failure of type {@code warning} when it changes what a number means and
   * {@code strict} is set, skipped otherwise.
   */
  static void findingCases(List<JUnitCase> cases, AnalysisResult result, boolean strict) {
    if (result.run() == null || result.run().findings() == null) {
      return;
    }
    for (Finding f : result.run().findings()) {
      if (f.code().equals(Finding.Code.WARNING)) {
        continue;
      }
      String name = f.where().isEmpty() ? f.code() : f.code() + "@" + f.where();
      cases.add(
          strict && f.changesMeaning()
              ? JUnitCase.failed(
                  JUnitReport.WARNING_CLASS, name, "warning", f.text(), f.text() + "\n")
              : JUnitCase.skipped(JUnitReport.WARNING_CLASS, name, f.text()));
    }
  }

  static void metricErrorCases(
      List<JUnitCase> cases, String stage, BiasReport report, boolean strict) {
    if (report == null) {
      return;
    }
    String classname = "fairness.metrics." + stage;
    for (Map.Entry<String, List<FacetGroupResult>> e : report.facets().entrySet()) {
      for (FacetGroupResult g : e.getValue()) {
        for (MetricValue m : g.metrics()) {
          if (!m.failed()) {
            continue;
          }
          String name = m.name() + "@" + e.getKey() + "=" + g.valueOrThreshold();
          cases.add(
              strict
                  ? JUnitCase.failed(classname, name, "metric-error", m.error(), m.error() + "\n")
                  : JUnitCase.skipped(classname, name, m.error()));
        }
      }
    }
  }
}
