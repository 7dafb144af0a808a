package dev.fairness.bias;

import dev.fairness.data.Column;
import dev.fairness.text.ValueText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The values a column holds, most frequent first, as messages show them ({@code values present: 0,
 * 1}): ties in order of first appearance, at most {@link #LIMIT} values then {@code … (k more)}.
 */
final class ValuesPresent {

  /** Most values a message lists. */
  static final int LIMIT = 10;

  private ValuesPresent() {}

  /**
   * Returns the text {@code values present: a, b, …} of the column's non-missing values, with the
   * number of missing cells when there are any; {@code no value present} for an empty column.
   */
  static String of(Column c) {
    Map<String, Integer> counts = new HashMap<>();
    List<String> order = new ArrayList<>();
    for (int i = 0; i < c.size(); i++) {
      if (c.isMissing(i)) {
        continue;
      }
      String v = ValueText.render(c.get(i));
      Integer n = counts.get(v);
      if (n == null) {
        order.add(v);
        counts.put(v, 1);
      } else {
        counts.put(v, n + 1);
      }
    }
    List<String> sorted = new ArrayList<>(order);
    sorted.sort((a, b) -> Integer.compare(counts.get(b), counts.get(a))); // stable: ties keep order
    StringBuilder b = new StringBuilder();
    if (sorted.isEmpty()) {
      b.append("no value present");
    } else {
      b.append("values present: ");
      b.append(String.join(", ", sorted.subList(0, Math.min(LIMIT, sorted.size()))));
      if (sorted.size() > LIMIT) {
        b.append(" … (").append(sorted.size() - LIMIT).append(" more)");
      }
    }
    if (c.missingCount() > 0) {
      b.append(" (and ").append(c.missingCount()).append(" missing)");
    }
    return b.toString();
  }
}
