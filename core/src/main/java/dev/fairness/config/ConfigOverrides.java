package dev.fairness.config;

import java.nio.file.Path;
import java.util.List;

/**
 * Command-line values that take precedence over the configuration file (spec §1). Every component
 * is null when its flag was not given.
 *
 * @param dataset {@code --dataset}: replaces {@code dataset_uri} and satisfies its requirement; a
 *     relative path is resolved against the current directory
 * @param modelCommand {@code --model-command}, already split into words ({@link ShellWords}); with
 *     it, {@code local.command} and {@code local.endpoint_url} are ignored
 * @param endpointUrl {@code --endpoint-url}; with it, {@code local.command} and {@code
 *     local.endpoint_url} are ignored
 * @param seed {@code --seed}: replaces {@code methods.shap.seed}
 * @param nBoot {@code --n-boot}: replaces {@code methods.confidence.n_boot}
 * @param confidenceLevel {@code --confidence-level}: replaces {@code methods.confidence.level}
 */
public record ConfigOverrides(
    Path dataset,
    List<String> modelCommand,
    String endpointUrl,
    Long seed,
    Integer nBoot,
    Double confidenceLevel) {

  /** Creates the overrides without the confidence-interval flags. */
  public ConfigOverrides(Path dataset, List<String> modelCommand, String endpointUrl, Long seed) {
    this(dataset, modelCommand, endpointUrl, seed, null, null);
  }

  /** Creates the overrides, copying the command words. */
  public ConfigOverrides {
    modelCommand = modelCommand == null ? null : List.copyOf(modelCommand);
  }

  /** Returns overrides with no flag given. */
  public static ConfigOverrides none() {
    return new ConfigOverrides(null, null, null, null);
  }
}
