package dev.fairness.gate;

import dev.fairness.config.DidYouMean;
import dev.fairness.config.MetricNames;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What is wrong with an {@code --assert} expression that does not parse, in words a user can act
 * on: a misspelt operator ({@code =>}), a metric of the other stage ({@code pre.DPPL}) or in the
 * wrong case ({@code pre.dpl}), each with the nearest correct spelling and the choices.
 */
final class AssertionTypos {

  /** The grammar, as every parse error of an assertion ends. */
  static final String FORM =
      "use the form [lower(|upper(][abs(]pre|post|group.METRIC[@FACET[=GROUP]][)][)][[MODEL]] OP NUMBER with OP one of <, <=,"
          + " >, >=, ==, !=, e.g. \"abs(post.DPPL) <= 0.1\"";

  /** Misspelt operators and what they likely meant. */
  private static final Map<String, String> MEANT =
      Map.of("=>", ">=", "=<", "<=", "<>", "!=", "=", "==", "===", "==", "=!", "!=", "!", "!=");

  private AssertionTypos() {}

  /** Returns why no operator was found before the number of {@code left}. */
  static String missingOperator(String left) {
    String written = trailingOperatorChars(left);
    if (!written.isEmpty()) {
      return unknownOperator(written);
    }
    return "a comparison operator (<, <=, >, >=, ==, !=) must precede the number";
  }

  /**
   * Returns why the operator is wrong when operator characters precede the one that was matched
   * ({@code =>} read as {@code =} then {@code >}), or null when the operator is fine.
   */
  static String badOperator(String ref, String matched) {
    String before = trailingOperatorChars(ref);
    if (before.isEmpty()) {
      return null;
    }
    return unknownOperator(before + matched);
  }

  private static String unknownOperator(String written) {
    String meant = MEANT.get(written);
    return written + " is not an operator" + (meant == null ? "" : "; did you mean " + meant + "?");
  }

  private static String trailingOperatorChars(String text) {
    String t = text.stripTrailing();
    int i = t.length();
    while (i > 0 && "=<>!".indexOf(t.charAt(i - 1)) >= 0) {
      i--;
    }
    return t.substring(i);
  }

  /**
   * Returns why {@code metric} is not a metric of {@code stage} ({@code pre} or {@code post}), with
   * the nearest name and the metrics of the stage, or null when it is one (or the stage is {@code
   * group}, whose names are checked against the run).
   */
  static String wrongMetric(String stage, String metric) {
    if (stage.equals("group")) {
      return null;
    }
    List<String> own = stage.equals("pre") ? MetricNames.PRE_TRAINING : MetricNames.POST_TRAINING;
    if (own.contains(metric)) {
      return null;
    }
    String other = stage.equals("pre") ? "post" : "pre";
    List<String> others =
        stage.equals("pre") ? MetricNames.POST_TRAINING : MetricNames.PRE_TRAINING;
    String upper = metric.toUpperCase(Locale.ROOT);
    String why;
    if (others.contains(upper)) {
      why =
          upper + " is a " + other + "-training metric; did you mean " + other + "." + upper + "?";
    } else if (own.contains(upper)) {
      why = "metric names are upper case; did you mean " + stage + "." + upper + "?";
    } else {
      why =
          "'" + metric + "' is not a " + stage + "-training metric" + DidYouMean.hint(metric, own);
    }
    return why + "; " + stage + "-training metrics: " + String.join(", ", own);
  }
}
