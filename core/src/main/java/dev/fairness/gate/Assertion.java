package dev.fairness.gate;

import dev.fairness.config.ConfigException;
import dev.fairness.config.DidYouMean;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One {@code --assert} expression (spec §10.3): {@code [abs(]stage.METRIC[@FACET[=GROUP]][)] op
 * number}, optionally wrapped in {@code lower(…)} or {@code upper(…)} to compare a bound of the
 * metric's confidence interval instead of its value (issue 18). Parsed from the right, so a group
 * may contain spaces, commas and brackets. The stage {@code group} reaches the group metrics (issue
 * 17): {@code group.SUMMARY@FACET} a facet's summary ({@code equalized_odds_difference}, …), {@code
 * group.METRIC@FACET=GROUP} one group's value ({@code selection_rate}, …).
 *
 * @param expression the text as given
 * @param stage {@code pre}, {@code post} or {@code group}
 * @param metric metric acronym, e.g. {@code DI}, or a group metric name, e.g. {@code
 *     selection_rate}
 * @param facet facet name, or null for every facet
 * @param group group string, or null for every group
 * @param absolute compare {@code |value|}
 * @param op comparison operator
 * @param bound the number on the right
 * @param model the model selector of a multi-model run ({@code [gbm]} before the operator, issue
 *     19): a model name, {@code *} for every model, or null when none was given (every model)
 * @param side which number of the metric is compared: its value, or a bound of its confidence
 *     interval ({@code lower(…)}, {@code upper(…)}, issue 18)
 */
public record Assertion(
    String expression,
    String stage,
    String metric,
    String facet,
    String group,
    boolean absolute,
    Op op,
    double bound,
    String model,
    Side side) {

  /**
   * Which number of a metric an assertion compares: the value, or the lower / upper bound of the
   * metric's confidence interval ({@code ci}); with {@code abs}, the bound of the interval of the
   * absolute value ({@link #of}).
   */
  public enum Side {
    VALUE,
    LOWER,
    UPPER;

    /**
     * Returns the number this side reads from {@code value} and its interval {@code [low, high]}
     * (ignored for VALUE), after {@code |·|} when {@code absolute}: the interval of {@code |x|} is
     * {@code [low, high]} when {@code low ≥ 0}, {@code [−high, −low]} when {@code high ≤ 0}, else
     * {@code [0, max(−low, high)]}.
     */
    public double of(double value, double low, double high, boolean absolute) {
      if (this == VALUE) {
        return absolute ? Math.abs(value) : value;
      }
      double lo = low;
      double hi = high;
      if (absolute) {
        lo = low >= 0 ? low : high <= 0 ? -high : 0.0;
        hi = Math.max(Math.abs(low), Math.abs(high));
      }
      return this == LOWER ? lo : hi;
    }
  }

  private static final Pattern NUMBER =
      Pattern.compile(
          "([-+]?(?:(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][-+]?\\d+)?|inf|infinity))\\s*$",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern SELECTOR =
      Pattern.compile("\\[(\\*|[A-Za-z0-9][A-Za-z0-9._-]{0,63})\\]$");

  /** Comparison operators, longest spelling first so {@code <=} wins over {@code <}. */
  public enum Op {
    LE("<="),
    GE(">="),
    EQ("=="),
    NE("!="),
    LT("<"),
    GT(">");

    private final String symbol;

    Op(String symbol) {
      this.symbol = symbol;
    }

    /** Returns the operator as written. */
    public String symbol() {
      return symbol;
    }

    /** Returns whether {@code left op right} holds. */
    public boolean test(double left, double right) {
      return switch (this) {
        case LE -> left <= right;
        case GE -> left >= right;
        case EQ -> left == right;
        case NE -> left != right;
        case LT -> left < right;
        case GT -> left > right;
      };
    }
  }

  /**
   * Parses an expression; throws {@link ConfigException} (exit 2) naming the expression and the
   * expected form when it does not follow the grammar.
   */
  public static Assertion parse(String expression) {
    String text = expression.strip();
    Matcher m = NUMBER.matcher(text);
    if (!m.find()) {
      throw invalid(expression, "it must end with a number");
    }
    String num = m.group(1);
    double bound = parseBound(num);
    String left = text.substring(0, m.start()).stripTrailing();
    Op op = null;
    for (Op candidate : Op.values()) {
      if (left.endsWith(candidate.symbol)) {
        op = candidate;
        break;
      }
    }
    if (op == null) {
      throw invalid(expression, AssertionTypos.missingOperator(left));
    }
    String ref = left.substring(0, left.length() - op.symbol.length()).strip();
    String badOp = AssertionTypos.badOperator(ref, op.symbol);
    if (badOp != null) {
      throw invalid(expression, badOp);
    }
    Matcher selector = SELECTOR.matcher(ref);
    String model = selector.find() ? selector.group(1) : null;
    ref = model == null ? ref : ref.substring(0, selector.start()).strip();
    Side side = Side.VALUE;
    for (Side s : new Side[] {Side.LOWER, Side.UPPER}) {
      String open = s.name().toLowerCase(Locale.ROOT) + "(";
      if (ref.startsWith(open)) {
        if (!ref.endsWith(")")) {
          throw invalid(expression, open + " is not closed");
        }
        side = s;
        ref = ref.substring(open.length(), ref.length() - 1).strip();
      }
    }
    if (ref.startsWith("abs(lower(") || ref.startsWith("abs(upper(")) {
      throw invalid(
          expression, "put abs inside the bound, e.g. upper(abs(pre.DPL)), the bound of |DPL|");
    }
    boolean abs = false;
    if (ref.startsWith("abs(")) {
      if (!ref.endsWith(")")) {
        throw invalid(expression, "abs( is not closed");
      }
      abs = true;
      ref = ref.substring(4, ref.length() - 1).strip();
    }
    int dot = ref.indexOf('.');
    if (dot < 0) {
      throw invalid(expression, "the reference must start with pre., post. or group.");
    }
    String stage = ref.substring(0, dot);
    if (!stage.equals("pre") && !stage.equals("post") && !stage.equals("group")) {
      throw invalid(
          expression,
          "the stage must be pre, post or group, not "
              + stage
              + DidYouMean.hint(stage, List.of("pre", "post", "group")));
    }
    String rest = ref.substring(dot + 1);
    String metric = rest;
    String facet = null;
    String group = null;
    int at = rest.indexOf('@');
    if (at >= 0) {
      metric = rest.substring(0, at);
      String fg = rest.substring(at + 1);
      int eq = fg.indexOf('=');
      if (eq >= 0) {
        facet = fg.substring(0, eq).strip();
        group = fg.substring(eq + 1).strip();
      } else {
        facet = fg.strip();
      }
      if (facet.isEmpty()) {
        throw invalid(expression, "the facet after @ is empty");
      }
    }
    metric = checkMetric(expression, stage, metric.strip());
    return new Assertion(expression, stage, metric, facet, group, abs, op, bound, model, side);
  }

  /**
   * Returns the metric when it is a metric of the stage (pre, post), or a lower-case name for the
   * stage group.
   */
  private static String checkMetric(String expression, String stage, String metric) {
    String wrong = AssertionTypos.wrongMetric(stage, metric);
    if (wrong != null) {
      throw invalid(expression, wrong);
    }
    if (stage.equals("group")) {
      if (!metric.matches("[a-z_]+")) {
        throw invalid(
            expression,
            "a group metric is a name such as equalized_odds_difference or selection_rate, not '"
                + metric
                + "'");
      }
    } else if (!metric.matches("[A-Z]+")) {
      throw invalid(
          expression, "the metric must be an acronym such as DPL or DI, not '" + metric + "'");
    }
    return metric;
  }

  /**
   * Returns whether the assertion reads a confidence-interval bound ({@code lower}/{@code upper}).
   */
  public boolean readsInterval() {
    return side != Side.VALUE;
  }

  private static double parseBound(String num) {
    String lower = num.toLowerCase(Locale.ROOT);
    if (lower.endsWith("inf") || lower.endsWith("infinity")) {
      return lower.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    }
    return Double.parseDouble(num);
  }

  private static ConfigException invalid(String expression, String why) {
    return new ConfigException(
        "--assert " + expression + ": invalid assertion, " + why + "; " + AssertionTypos.FORM);
  }
}
