package dev.fairness.config;

import java.util.ArrayList;
import java.util.List;

/**
 * The models of a multi-model run (issue 19), in configuration order, with the comparison settings.
 *
 * @param models the models, names unique (ignoring case)
 * @param comparison the comparison settings, defaults filled in
 */
public record ModelSet(List<NamedModel> models, ComparisonConfig comparison) {

  /** Creates a model set; the list is copied. */
  public ModelSet {
    models = List.copyOf(models);
  }

  /** Returns the model names in order. */
  public List<String> names() {
    List<String> out = new ArrayList<>();
    for (NamedModel m : models) {
      out.add(m.name());
    }
    return out;
  }
}
