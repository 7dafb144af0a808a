package dev.fairness.gate;

import dev.fairness.result.MetricValue;
import java.util.List;
import java.util.StringJoiner;

/**
 * Renders a {@link BiasComparison} as GitHub-flavoured Markdown fit for a pull-request comment: a
 * verdict line, the violations, the assertions, then every compared metric inside a collapsed
 * {@code <details>} block. Numbers are rounded as the reports do ({@link RoundedText}); a metric
 * with an error shows {@code error}, a missing one {@code —}. Deterministic.
 */
public final class ComparisonMarkdownWriter {

  private static final String HEAD =
      "| Stage | Facet | Group | Metric | Baseline | Current | Change | Limit | Status |\n"
          + "|---|---|---|---|--:|--:|--:|--:|---|\n";

  /** Returns the Markdown document, ending with a newline. */
  public String toMarkdown(BiasComparison c) {
    StringBuilder md = new StringBuilder(2048);
    md.append("## Fairness comparison: ").append(c.passed() ? "passed" : "FAILED").append("\n\n");
    List<MetricChange> violations = c.violations();
    md.append(violations.size())
        .append(violations.size() == 1 ? " violation" : " violations")
        .append(" in ")
        .append(c.changes().size())
        .append(" compared metrics");
    if (!c.assertions().isEmpty()) {
      md.append("; ")
          .append(c.failedAssertions().size())
          .append(" of ")
          .append(c.assertions().size())
          .append(" assertions failed");
    }
    md.append(". Change limits: ").append(cell(c.limits().describe())).append(".\n\n");
    if (!violations.isEmpty()) {
      md.append("### Violations\n\n")
          .append("| Stage | Facet | Group | Metric | Baseline | Current | Change | Reason |\n")
          .append("|---|---|---|---|--:|--:|--:|---|\n");
      for (MetricChange m : violations) {
        md.append(row(m)).append(cell(m.reason())).append(" |\n");
      }
      md.append('\n');
    }
    if (!c.assertions().isEmpty()) {
      md.append("### Assertions on the current analysis\n\n")
          .append("| Assertion | Result | Failed checks |\n|---|---|---|\n");
      for (AssertionCheck.Outcome o : c.assertions()) {
        StringJoiner failed = new StringJoiner("; ");
        for (AssertionFailure f : o.failures()) {
          failed.add(
              f.facet() == null ? f.detail() : f.facet() + "=" + f.group() + ": " + f.detail());
        }
        md.append("| ")
            .append(code(o.assertion().expression()))
            .append(" | ")
            .append(o.passed() ? "passed" : "**failed**")
            .append(" | ")
            .append(cell(failed.toString()))
            .append(" |\n");
      }
      md.append('\n');
    }
    attributions(md, c.attributions());
    md.append("<details>\n<summary>All ")
        .append(c.changes().size())
        .append(" compared metrics</summary>\n\n")
        .append(HEAD);
    for (MetricChange m : c.changes()) {
      md.append(row(m))
          .append(m.limit() == null ? "—" : "±" + RoundedText.of(m.limit()))
          .append(" | ")
          .append(m.violated() ? "**" : "")
          .append(m.statusText())
          .append(m.violated() ? "**" : "")
          .append(" |\n");
    }
    md.append("\n</details>\n");
    return md.toString();
  }

  private static void attributions(StringBuilder md, List<AttributionDrift> drift) {
    if (drift.isEmpty()) {
      return;
    }
    md.append("### Feature attribution drift (nDCG of the SHAP ranking)\n\n")
        .append("| Label | nDCG | Minimum | Status | Rank moved most (baseline → current) |\n")
        .append("|---|--:|--:|---|---|\n");
    for (AttributionDrift d : drift) {
      StringJoiner moved = new StringJoiner("; ");
      for (AttributionDrift.FeatureRank f : d.movers(ComparisonJsonWriter.MOVERS)) {
        moved.add(cell(f.feature()) + " " + f.baselineRank() + " → " + f.currentRank());
      }
      md.append("| ")
          .append(cell(d.label()))
          .append(" | ")
          .append(d.ndcg() == null ? "—" : RoundedText.of(d.ndcg()))
          .append(" | ")
          .append(RoundedText.of(d.minNdcg()))
          .append(" | ")
          .append(d.violated() ? "**" + cell(d.reason()) + "**" : "ok")
          .append(" | ")
          .append(moved.length() == 0 ? "—" : moved.toString())
          .append(" |\n");
    }
    md.append('\n');
  }

  /** Returns the cells up to and including Change, each followed by {@code " | "}. */
  private static String row(MetricChange m) {
    return "| "
        + m.stage()
        + " | "
        + cell(m.facet())
        + " | "
        + cell(m.group())
        + " | "
        + m.metric()
        + " | "
        + value(m.baseline())
        + " | "
        + value(m.current())
        + " | "
        + (m.change() == null ? "—" : RoundedText.signed(m.change()))
        + " | ";
  }

  private static String value(MetricValue v) {
    if (v == null) {
      return "—";
    }
    if (v.failed()) {
      return "error";
    }
    return v.ci() == null ? RoundedText.of(v.value()) : RoundedText.withInterval(v);
  }

  /**
   * Escapes text for a table cell: Markdown punctuation backslashed, line breaks as spaces,
   * {@code @} mentions defused.
   */
  static String cell(String s) {
    s = dev.fairness.text.Mentions.defuse(s);
    StringBuilder b = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      switch (ch) {
        case '\\', '|', '*', '_', '`', '<', '>', '[', ']', '#', '~' -> b.append('\\').append(ch);
        case '\n', '\r' -> b.append(' ');
        default -> b.append(ch);
      }
    }
    return b.toString();
  }

  private static String code(String s) {
    if (s.indexOf('`') >= 0 || s.indexOf('|') >= 0) {
      return cell(s);
    }
    return "`" + s + "`";
  }
}
