package dev.fairness.config;

import java.util.List;

/**
 * {@code methods.confidence} (our key): bootstrap confidence intervals on every count-based bias
 * metric, {@code n_boot} replicates and a two-sided percentile interval at {@code level}.
 *
 * @param nBoot bootstrap replicates, at least 2
 * @param level interval coverage, strictly between 0 and 1
 */
public record ConfidenceConfig(int nBoot, double level) {

  /** Replicates when {@code n_boot} is not given. */
  public static final int DEFAULT_N_BOOT = 1000;

  /** Coverage when {@code level} is not given. */
  public static final double DEFAULT_LEVEL = 0.95;

  /** The largest accepted {@code n_boot}. */
  static final int MAX_N_BOOT = 1_000_000;

  /**
   * Reads {@code methods.confidence} (null when absent) and applies {@code --n-boot} and {@code
   * --confidence-level} (null when not given); either flag alone turns intervals on. Returns null
   * when neither the key nor a flag asks for intervals; problems are recorded.
   */
  static ConfidenceConfig read(Section s, Integer nBootFlag, Double levelFlag) {
    Long nBoot = null;
    Double level = null;
    if (s != null) {
      s.checkKeys(List.of("n_boot", "level"), List.of());
      nBoot = s.integer("n_boot", 2, MAX_N_BOOT);
      level = s.number("level");
      if (level != null && !(level > 0 && level < 1)) {
        s.problems().schema(s.at("level"), "level " + level + " is outside (0, 1); use e.g. 0.95");
        level = null;
      }
    } else if (nBootFlag == null && levelFlag == null) {
      return null;
    }
    int n = nBootFlag != null ? nBootFlag : nBoot != null ? nBoot.intValue() : DEFAULT_N_BOOT;
    double l = levelFlag != null ? levelFlag : level != null ? level : DEFAULT_LEVEL;
    return new ConfidenceConfig(n, l);
  }
}
