package dev.fairness.model;

import dev.fairness.RunLog;
import dev.fairness.config.PredictorConfig;
import dev.fairness.data.ColumnType;
import dev.fairness.text.ValueText;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The predicted-label column derived from model outputs (spec §8.4): rules P1–P4, rule T, the
 * mapping of thresholded scores through {@code label_headers}, then §3.1 column typing (the missing
 * cells of a one-entry {@code label_headers} do not turn INT into FLOAT).
 *
 * @param values one value per record ({@link Long}, {@link Double}, {@link String}, {@link Boolean}
 *     or null), already converted to {@code type}
 * @param type the column type of the values
 */
public record PredictedLabels(List<Object> values, ColumnType type) {

  /**
   * Derives the predicted labels of a run's records.
   *
   * @param outputs the model outputs, one per record in record order
   * @param predictor the predictor (locators and {@code label_headers})
   * @param probabilityThreshold {@code probability_threshold} from the configuration, or null when
   *     absent (then 0.5, and rule T only thresholds non-integer scores of a categorical label)
   * @param labelType storage type of the ground-truth label column (null: INT)
   * @param labelCategorical whether the label column is CATEGORICAL (§4.1)
   * @param log receives the threshold info line and the label_headers warning, once each
   * @throws ModelInvocationException with the spec's texts when an output cannot give a label
   */
  public static PredictedLabels derive(
      List<ModelOutput> outputs,
      PredictorConfig predictor,
      Double probabilityThreshold,
      ColumnType labelType,
      boolean labelCategorical,
      RunLog log) {
    LabelRule rule =
        new LabelRule(
            predictor,
            probabilityThreshold,
            labelType == null ? ColumnType.INT : labelType,
            labelCategorical,
            log);
    List<Object> raw = new ArrayList<>(outputs.size());
    for (int i = 0; i < outputs.size(); i++) {
      raw.add(rule.label(outputs.get(i), i + 1L));
    }
    return typed(raw, predictor.labelHeaders());
  }

  private static PredictedLabels typed(List<Object> raw, List<Object> headers) {
    boolean anyLong = false;
    boolean anyDouble = false;
    boolean anyBool = false;
    boolean anyOther = false;
    boolean anyNull = false;
    for (Object v : raw) {
      if (v == null) {
        anyNull = true;
      } else if (v instanceof Long) {
        anyLong = true;
      } else if (v instanceof Double) {
        anyDouble = true;
      } else if (v instanceof Boolean) {
        anyBool = true;
      } else {
        anyOther = true;
      }
    }
    ColumnType type;
    if (!anyLong && !anyDouble && !anyBool && !anyOther) {
      type =
          headers != null && headers.size() == 1 && ColumnType.of(headers.get(0)) != null
              ? ColumnType.of(headers.get(0))
              : ColumnType.INT;
    } else if (anyOther || (anyBool && (anyLong || anyDouble || anyNull))) {
      type = ColumnType.STRING;
    } else if (anyBool) {
      type = ColumnType.BOOL;
    } else {
      type = anyDouble ? ColumnType.FLOAT : ColumnType.INT;
    }
    List<Object> values = new ArrayList<>(raw.size());
    for (Object v : raw) {
      if (v == null) {
        values.add(null);
      } else if (type == ColumnType.FLOAT) {
        values.add(((Number) v).doubleValue());
      } else if (type == ColumnType.STRING) {
        values.add(ValueText.render(v));
      } else {
        values.add(v);
      }
    }
    return new PredictedLabels(values, type);
  }

  /** The per-record rules of §8.4, with their once-only log lines. */
  private static final class LabelRule {
    private final PredictorConfig predictor;
    private final boolean thresholdPresent;
    private final double t;
    private final ColumnType labelType;
    private final boolean categorical;
    private final List<Object> headers;
    private final RunLog log;
    private boolean thresholdLogged;
    private boolean headersWarned;

    LabelRule(
        PredictorConfig predictor,
        Double threshold,
        ColumnType labelType,
        boolean categorical,
        RunLog log) {
      this.predictor = predictor;
      this.thresholdPresent = threshold != null;
      this.t = threshold == null ? 0.5 : threshold;
      this.labelType = labelType;
      this.categorical = categorical;
      this.headers =
          predictor.labelHeaders() == null || predictor.labelHeaders().isEmpty()
              ? null
              : predictor.labelHeaders();
      this.log = log;
    }

    Object label(ModelOutput o, long r) {
      boolean hasL = predictor.label() != null;
      boolean hasP = predictor.probability() != null;
      Object v;
      if (hasP && !hasL) {
        v = fromScores(o.probability(), r);
      } else if (hasP) {
        v = paired(o.label(), o.probability(), r);
      } else if (hasL) {
        if (o.label() instanceof List<?>) {
          throw new ModelInvocationException(
              "predictor.probability is required when predictor.label yields a list");
        }
        v = ruleT(o.label(), r);
      } else {
        Object out = o.output();
        if (out instanceof List<?> list && list.stream().allMatch(e -> e instanceof Number)) {
          v = fromScores(out, r);
        } else if (out == null || out instanceof Map<?, ?> || out instanceof List<?>) {
          throw cannotFind();
        } else {
          v = ruleT(out, r);
        }
      }
      if (v instanceof List<?> || v instanceof Map<?, ?>) {
        throw cannotFind();
      }
      return v;
    }

    private Object paired(Object l, Object s, long r) {
      if (!(l instanceof List<?> labels)) {
        return l;
      }
      if (s instanceof List<?> scores && scores.size() == labels.size()) {
        return labels.get(argmax(scores, r));
      }
      int k = s instanceof List<?> scores ? scores.size() : 1;
      throw new ModelInvocationException(
          "Model returned "
              + labels.size()
              + " labels and "
              + k
              + " scores for record "
              + r
              + "; predictor.label and predictor.probability must pair up");
    }

    private Object fromScores(Object s, long r) {
      if (!(s instanceof List<?> scores)) {
        return thresholded(ScoreVectors.number(s, r), r);
      }
      int best = argmax(scores, r);
      if (headers == null) {
        return (long) best;
      }
      if (headers.size() != scores.size()) {
        throw new ModelInvocationException(
            "label_headers has "
                + headers.size()
                + " entries but the model returned "
                + scores.size()
                + " scores");
      }
      return headers.get(best);
    }

    private Object ruleT(Object v, long r) {
      if (v instanceof Number n) {
        double d = n.doubleValue();
        boolean integral = v instanceof Long || d == Math.rint(d);
        if (thresholdPresent || (!integral && categorical)) {
          return thresholded(d, r);
        }
        if (v instanceof Double
            && integral
            && labelType == ColumnType.INT
            && Math.abs(d) < 9.2e18) {
          return (long) d;
        }
      }
      return v;
    }

    private Object thresholded(double score, long r) {
      ProbabilityCheck.probability(score, r, t);
      if (!thresholdLogged) {
        thresholdLogged = true;
        String text = new BigDecimal(t).setScale(3, RoundingMode.HALF_EVEN).toPlainString();
        log.info(
            "We assume a prediction above "
                + text
                + " indicates 1 and below or equal indicates 0.");
      }
      int bit = score > t ? 1 : 0;
      if (headers != null && headers.size() == 2) {
        return headers.get(bit);
      }
      if (headers != null && headers.size() == 1) {
        return bit == 1 ? headers.get(0) : null;
      }
      if (headers != null && !headersWarned) {
        headersWarned = true;
        log.warn(
            "label_headers has " + headers.size() + " entries; a thresholded score needs 1 or 2");
      }
      return switch (labelType) {
        case FLOAT -> (double) bit;
        case STRING -> Integer.toString(bit);
        case BOOL -> bit == 1;
        default -> (long) bit;
      };
    }

    private static int argmax(List<?> scores, long r) {
      int best = -1;
      double max = 0;
      for (int i = 0; i < scores.size(); i++) {
        double d = ProbabilityCheck.score(ScoreVectors.number(scores.get(i), r), r);
        if (best < 0 || d > max) {
          best = i;
          max = d;
        }
      }
      return Math.max(best, 0);
    }

    private static ModelInvocationException cannotFind() {
      return new ModelInvocationException(
          "Cannot find the predicted label in the model output; set predictor.label or predictor.probability");
    }
  }
}
