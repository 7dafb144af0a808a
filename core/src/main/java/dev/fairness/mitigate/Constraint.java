package dev.fairness.mitigate;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The fairness constraints of Fairlearn's ThresholdOptimizer: a simple constraint equalizes one
 * rate across groups; equalized odds equalizes the true and the false positive rate.
 */
public enum Constraint {
  /** Equal selection rates ({@code selection_rate_parity} is Fairlearn's synonym). */
  DEMOGRAPHIC_PARITY(Rate.SELECTION_RATE),
  /** Equal true and false positive rates. */
  EQUALIZED_ODDS(null),
  /** Equal true positive rates. */
  TRUE_POSITIVE_RATE_PARITY(Rate.TRUE_POSITIVE_RATE),
  /** Equal false positive rates. */
  FALSE_POSITIVE_RATE_PARITY(Rate.FALSE_POSITIVE_RATE),
  /** Equal false negative rates. */
  FALSE_NEGATIVE_RATE_PARITY(Rate.FALSE_NEGATIVE_RATE),
  /** Equal true negative rates. */
  TRUE_NEGATIVE_RATE_PARITY(Rate.TRUE_NEGATIVE_RATE);

  private static final Set<Rate> SIMPLE_OBJECTIVES =
      EnumSet.of(
          Rate.SELECTION_RATE,
          Rate.TRUE_POSITIVE_RATE,
          Rate.TRUE_NEGATIVE_RATE,
          Rate.ACCURACY_SCORE,
          Rate.BALANCED_ACCURACY_SCORE);

  private static final Set<Rate> EQUALIZED_ODDS_OBJECTIVES =
      EnumSet.of(Rate.ACCURACY_SCORE, Rate.BALANCED_ACCURACY_SCORE);

  private final Rate equalized;

  Constraint(Rate equalized) {
    this.equalized = equalized;
  }

  /** Returns Fairlearn's name of this constraint, e.g. {@code equalized_odds}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Returns the constraint Fairlearn calls {@code id} (incl. the synonym), or null. */
  public static Constraint byId(String id) {
    if ("selection_rate_parity".equals(id)) {
      return DEMOGRAPHIC_PARITY;
    }
    for (Constraint c : values()) {
      if (c.id().equals(id)) {
        return c;
      }
    }
    return null;
  }

  /** Returns the names of all constraints, in declaration order. */
  public static List<String> ids() {
    return java.util.Arrays.stream(values()).map(Constraint::id).toList();
  }

  /** Returns the rate a simple constraint equalizes, or null for equalized odds. */
  public Rate equalizedRate() {
    return equalized;
  }

  /** Returns the x axis of the trade-off curves: the equalized rate, or the FPR for EO. */
  public Rate xRate() {
    return equalized == null ? Rate.FALSE_POSITIVE_RATE : equalized;
  }

  /** Returns the objectives Fairlearn allows with this constraint. */
  public Set<Rate> objectives() {
    return equalized == null ? EQUALIZED_ODDS_OBJECTIVES : SIMPLE_OBJECTIVES;
  }
}
