package dev.fairness.trend;

import dev.fairness.text.ValueText;

/**
 * Writes the series of a {@link Trend} as CSV for other tools: a header, then one row per series
 * and run, in series order then run order:
 *
 * <pre>
 * run_index,run,run_time,stage,facet,group,metric,value,ci_low,ci_high,error
 * 1,night-01,2026-12-01T02:00:00Z,post,Sex,Female,DI,0.8123,0.79,0.83,
 * </pre>
 *
 * {@code run_index} is 1-based; numbers are Python's {@code repr} (shortest round trip, {@code inf}
 * for infinities); an absent value or interval is empty. Text fields are quoted when they hold a
 * comma, quote or line break, and a text field starting with {@code = + - @}, tab or CR gets a
 * leading {@code '} so a spreadsheet shows it instead of evaluating it. Lines end with {@code \n}.
 */
public final class TrendCsvWriter {

  /** Returns the CSV document. */
  public String toCsv(Trend trend) {
    StringBuilder out = new StringBuilder(256);
    out.append("run_index,run,run_time,stage,facet,group,metric,value,ci_low,ci_high,error\n");
    for (Trend.Series s : trend.series()) {
      for (Trend.Point p : s.points()) {
        TrendRun run = trend.runs().get(p.index());
        out.append(p.index() + 1)
            .append(',')
            .append(text(run.name()))
            .append(',')
            .append(run.time() == null ? "" : run.time().toString())
            .append(',')
            .append(s.stage())
            .append(',')
            .append(text(s.facet()))
            .append(',')
            .append(text(s.group()))
            .append(',')
            .append(text(s.metric()))
            .append(',')
            .append(number(p.value()))
            .append(',')
            .append(p.interval() == null ? "" : number(p.interval()[0]))
            .append(',')
            .append(p.interval() == null ? "" : number(p.interval()[1]))
            .append(',')
            .append(p.error() == null ? "" : text(p.error()))
            .append('\n');
      }
    }
    return out.toString();
  }

  private static String number(Double v) {
    return v == null ? "" : ValueText.renderDouble(v);
  }

  /** Returns a text field, neutralised against spreadsheet formulas and quoted when needed. */
  static String text(String s) {
    String t = s;
    if (!t.isEmpty() && "=+-@\t\r".indexOf(t.charAt(0)) >= 0) {
      t = "'" + t;
    }
    if (t.indexOf(',') >= 0
        || t.indexOf('"') >= 0
        || t.indexOf('\n') >= 0
        || t.indexOf('\r') >= 0) {
      return '"' + t.replace("\"", "\"\"") + '"';
    }
    return t;
  }
}
