package dev.fairness.cli;

import dev.fairness.gate.AttributionDrift;
import dev.fairness.gate.BiasComparison;
import dev.fairness.gate.MetricChange;
import dev.fairness.gate.RoundedText;
import dev.fairness.result.MetricValue;
import dev.fairness.text.ValueText;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The compact stdout table of {@code fairness compare}: one aligned line per compared metric. */
final class CompareTable {

  private static final String[] HEAD = {
    "stage", "facet=group", "metric", "baseline", "current", "change", "status"
  };

  private final PrintWriter out;

  CompareTable(PrintWriter out) {
    this.out = out;
  }

  void print(BiasComparison c) {
    List<String[]> rows = new ArrayList<>();
    if (!c.changes().isEmpty()) { // a SHAP-only comparison has no metric table
      rows.add(HEAD);
    }
    for (MetricChange m : c.changes()) {
      rows.add(
          new String[] {
            m.stage(),
            m.facet() + "=" + m.group(),
            m.metric(),
            value(m.baseline()),
            value(m.current()),
            m.change() == null ? "-" : RoundedText.signed(m.change()),
            status(m)
          });
    }
    int[] width = new int[HEAD.length];
    for (String[] r : rows) {
      for (int i = 0; i < r.length; i++) {
        width[i] = Math.max(width[i], r[i].length());
      }
    }
    for (String[] r : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < r.length; i++) {
        boolean number = i >= 3 && i <= 5;
        String pad = " ".repeat(width[i] - r[i].length());
        line.append(number ? pad + r[i] : r[i] + (i == r.length - 1 ? "" : pad));
        if (i < r.length - 1) {
          line.append("  ");
        }
      }
      out.println(TerminalText.line(line.toString()));
    }
    int v = c.violations().size();
    StringBuilder summary =
        new StringBuilder()
            .append(v)
            .append(v == 1 ? " violation in " : " violations in ")
            .append(c.changes().size())
            .append(" compared metrics (limits: ")
            .append(c.limits().describe())
            .append(')');
    if (!c.assertions().isEmpty()) {
      summary
          .append("; ")
          .append(c.failedAssertions().size())
          .append(" of ")
          .append(c.assertions().size())
          .append(" assertions failed");
    }
    out.println(TerminalText.line(summary.toString()));
    printAttributions(c);
  }

  /** One line per SHAP label: verdict, nDCG, and the three features whose rank moved most. */
  private void printAttributions(BiasComparison c) {
    for (AttributionDrift d : c.attributions()) {
      StringBuilder line =
          new StringBuilder("shap  ")
              .append(TerminalText.safe(d.label()))
              .append("  ")
              .append(d.violated() ? "VIOLATION: " : "ok: ")
              .append(TerminalText.safe(d.reason()));
      String sep = "; rank moved most: ";
      for (AttributionDrift.FeatureRank f : d.movers(3)) {
        line.append(sep)
            .append(TerminalText.safe(f.feature()))
            .append(' ')
            .append(f.baselineRank())
            .append(" -> ")
            .append(f.currentRank());
        sep = ", ";
      }
      out.println(line);
    }
  }

  private static String value(MetricValue v) {
    if (v == null) {
      return "-";
    }
    return v.failed() ? "error" : RoundedText.withInterval(v);
  }

  private static String status(MetricChange m) {
    String s = m.statusText();
    if (m.status() == MetricChange.Status.EXCEEDED) {
      String sig = m.significant() == null ? "" : ", significant";
      return "EXCEEDED (limit ±" + ValueText.renderDouble(m.limit()) + sig + ")";
    }
    return m.violated() ? s.toUpperCase(Locale.ROOT) : s;
  }
}
