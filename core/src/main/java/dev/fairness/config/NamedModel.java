package dev.fairness.config;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One model of a multi-model run (issue 19): its name and the single-model configuration derived
 * for it (the top-level configuration with the model's keys applied, see {@link ModelConfigs}).
 *
 * @param name the model name, safe as a directory name
 * @param loaded the validated single-model configuration
 * @param derived the derived configuration document, as a single-model run of this model would read
 *     it from a file next to the original
 */
public record NamedModel(String name, LoadedConfig loaded, ObjectNode derived) {

  /** Returns the derived configuration as pretty-printed JSON text. */
  public String derivedText() {
    return derived.toPrettyString() + "\n";
  }
}
