package dev.fairness.explain;

import dev.fairness.RunLog;
import dev.fairness.text.ValueText;
import java.util.ArrayList;
import java.util.List;

/** The output names of the explained score vector (spec §6.3, "label keys"). */
public final class LabelKeys {

  private LabelKeys() {}

  /**
   * Returns {@code label_headers} rendered with §9.5 when it has exactly {@code d} entries,
   * otherwise {@code label0..label<d-1>}; a non-empty list of another length logs a warning.
   *
   * @param labelHeaders the configured {@code label_headers} (values of any JSON type), or null
   */
  public static List<String> of(List<?> labelHeaders, int d, RunLog log) {
    List<String> keys = new ArrayList<>(d);
    if (labelHeaders != null && labelHeaders.size() == d) {
      for (Object h : labelHeaders) {
        keys.add(ValueText.render(h));
      }
      return keys;
    }
    if (labelHeaders != null && !labelHeaders.isEmpty()) {
      log.warn(
          "label_headers: has "
              + labelHeaders.size()
              + " entries but the model returns "
              + d
              + " scores; the outputs are named label0 to label"
              + (d - 1));
    }
    for (int j = 0; j < d; j++) {
      keys.add("label" + j);
    }
    return keys;
  }
}
