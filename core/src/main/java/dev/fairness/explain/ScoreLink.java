package dev.fairness.explain;

import dev.fairness.RunLog;
import dev.fairness.model.ModelInvocationException;
import dev.fairness.text.ValueText;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The link function of Kernel SHAP (spec §6.4, §6.5): identity, or the logit of scores clipped to
 * {@code [1e-12, 1 - 1e-12]} with one warning per run when clipping happens.
 */
final class ScoreLink {

  static final double EPS = 1e-12;
  static final String CLIP_WARNING =
      "use_logit: scores were clipped to [1e-12, 1 - 1e-12] before the logit";

  private final boolean logit;
  private final RunLog log;
  private final AtomicBoolean warned = new AtomicBoolean();

  ScoreLink(boolean logit, RunLog log) {
    this.logit = logit;
    this.log = log;
  }

  /** Returns true for the logit link. */
  boolean isLogit() {
    return logit;
  }

  /**
   * Throws {@link ModelInvocationException} {@code use_logit requires scores in [0, 1]; got <v>}
   * when the logit link is active and a raw model score lies outside [0, 1].
   */
  void check(double score) {
    if (logit && !(score >= 0 && score <= 1)) {
      throw new ModelInvocationException(
          "use_logit requires scores in [0, 1]; got " + ValueText.renderDouble(score));
    }
  }

  /** Returns ℓ(p). */
  double apply(double p) {
    if (!logit) {
      return p;
    }
    double c = p;
    if (c < EPS) {
      c = EPS;
    } else if (c > 1 - EPS) {
      c = 1 - EPS;
    }
    if (c != p && warned.compareAndSet(false, true)) {
      log.warn(CLIP_WARNING);
    }
    return Math.log(c / (1 - c));
  }
}
