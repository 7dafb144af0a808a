package dev.fairness.explain;

import dev.fairness.config.ConfigException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code local.shap_l1_reg} setting (spec §6.7): {@code off}, or {@code num_features(K)}
 * (feature selection by the first K steps of a LARS path). {@code aic}, {@code bic} and a number
 * (MAY in the spec) are not supported.
 *
 * @param numFeatures K, or 0 when off
 */
public record L1Regularization(int numFeatures) {

  private static final Pattern NUM_FEATURES = Pattern.compile("num_features\\((\\d+)\\)");

  /** The default: plain constrained regression. */
  public static final L1Regularization OFF = new L1Regularization(0);

  /** Returns true when feature selection is active. */
  public boolean active() {
    return numFeatures > 0;
  }

  /**
   * Returns the setting for the configured text (null means off). Throws {@link ConfigException}
   * {@code local.shap_l1_reg value <v> is not supported} for anything else.
   */
  public static L1Regularization parse(String value) {
    if (value == null || value.equals("off")) {
      return OFF;
    }
    Matcher m = NUM_FEATURES.matcher(value.trim());
    if (m.matches()) {
      try {
        int k = Integer.parseInt(m.group(1));
        if (k >= 1) {
          return new L1Regularization(k);
        }
      } catch (NumberFormatException e) {
        // falls through to the error below
      }
    }
    throw new ConfigException("local.shap_l1_reg value " + value + " is not supported");
  }
}
