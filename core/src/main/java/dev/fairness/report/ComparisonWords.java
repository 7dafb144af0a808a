package dev.fairness.report;

import dev.fairness.result.ModelComparison;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The recommendation of the comparison report in plain words (issue 19), limited to what the
 * numbers show: which model is most accurate, which has the smallest disparity, which are
 * Pareto-optimal and which are dominated by which. It never says a disparity is acceptable.
 */
final class ComparisonWords {

  private ComparisonWords() {}

  /** Returns the sentences for {@code c}; {@code xName} and {@code yName} name the axes. */
  static List<String> of(ModelComparison c, String xName, String yName) {
    List<ModelComparison.Entry> valued = new ArrayList<>();
    List<String> unranked = new ArrayList<>();
    for (ModelComparison.Entry e : c.models()) {
      if (e.performance(c.xAxis()) != null && e.disparity() != null) {
        valued.add(e);
      } else {
        unranked.add(e.name());
      }
    }
    List<String> out = new ArrayList<>();
    if (!valued.isEmpty()) {
      double best = valued.stream().mapToDouble(e -> e.performance(c.xAxis())).max().orElseThrow();
      double least =
          valued.stream().mapToDouble(ModelComparison.Entry::disparity).min().orElseThrow();
      List<String> top =
          valued.stream().filter(e -> e.performance(c.xAxis()) == best).map(e -> e.name()).toList();
      List<String> fair =
          valued.stream().filter(e -> e.disparity() == least).map(e -> e.name()).toList();
      out.add(
          names(top)
              + (top.size() == 1 ? " has" : " have")
              + " the highest "
              + xName
              + " ("
              + DecimalText.round4(best)
              + ").");
      out.add(
          names(fair)
              + (fair.size() == 1 ? " has" : " have")
              + " the smallest disparity, "
              + yName
              + " = "
              + DecimalText.round4(least)
              + " in the worst facet group.");
      out.add(pareto(c, xName));
      for (ModelComparison.Entry e : valued) {
        if (!e.paretoOptimal()) {
          out.add(dominated(c, e, valued, xName));
        }
      }
    }
    if (!unranked.isEmpty()) {
      out.add(
          names(unranked)
              + " cannot be placed: "
              + xName
              + " or the disparity is missing (see"
              + " the metric errors in its analysis.json).");
    }
    out.add(
        "These numbers describe this dataset only; which trade-off between "
            + xName
            + " and disparity is acceptable is a policy decision the numbers do not make.");
    return out;
  }

  private static String pareto(ModelComparison c, String xName) {
    List<String> p = c.paretoOptimal();
    if (p.size() == 1) {
      return p.get(0)
          + " is the only Pareto-optimal model: no other model has a higher "
          + xName
          + " or a smaller disparity without being worse on the other.";
    }
    return names(p)
        + " are Pareto-optimal: none of them is beaten on both "
        + xName
        + " and disparity, so choosing between them trades one for the other.";
  }

  private static String dominated(
      ModelComparison c, ModelComparison.Entry e, List<ModelComparison.Entry> all, String xName) {
    for (ModelComparison.Entry o : all) {
      if (o != e
          && o.performance(c.xAxis()) >= e.performance(c.xAxis())
          && o.disparity() <= e.disparity()
          && o.paretoOptimal()) {
        return e.name()
            + " is dominated by "
            + o.name()
            + ": "
            + o.name()
            + " has "
            + (Objects.equals(o.performance(c.xAxis()), e.performance(c.xAxis()))
                ? "the same "
                : "a higher ")
            + xName
            + " and "
            + (Objects.equals(o.disparity(), e.disparity()) ? "the same" : "a smaller")
            + " disparity.";
      }
    }
    return e.name() + " is not Pareto-optimal.";
  }

  private static String names(List<String> names) {
    if (names.size() == 1) {
      return names.get(0);
    }
    return String.join(", ", names.subList(0, names.size() - 1))
        + " and "
        + names.get(names.size() - 1);
  }
}
