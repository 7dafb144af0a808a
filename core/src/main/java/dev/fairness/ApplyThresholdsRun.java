package dev.fairness;

import dev.fairness.data.Column;
import dev.fairness.data.DataException;
import dev.fairness.data.DatasetLoader;
import dev.fairness.data.InputLimits;
import dev.fairness.data.Table;
import dev.fairness.gate.AtomicFile;
import dev.fairness.mitigate.FacetRules;
import dev.fairness.mitigate.RuleSet;
import dev.fairness.mitigate.ThresholdApplier;
import dev.fairness.mitigate.ThresholdsJson;
import dev.fairness.text.ValueText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One {@code fairness apply-thresholds} run: the rules of a thresholds.json applied to the rows of
 * a CSV dataset, written as a CSV of {@code row,group,probability,prediction} (probability exact,
 * prediction drawn with numpy's {@code RandomState(seed)} as Fairlearn draws). Never prints.
 */
public final class ApplyThresholdsRun {

  private ApplyThresholdsRun() {}

  /**
   * The request.
   *
   * @param thresholds the thresholds.json file
   * @param dataset the CSV dataset (with a header row)
   * @param output the predictions file to write
   * @param seed the random seed
   * @param facet facet columns joined by {@code ,}, or null when the file has one facet
   * @param constraint constraint id, or null when the facet has one rule set
   */
  public record Request(
      Path thresholds, Path dataset, Path output, long seed, String facet, String constraint) {}

  /** Returns the rows written; throws {@link FairnessException} on bad input. */
  public static int run(Request q, RunLog log) {
    return run(q, InputLimits.defaults(), log);
  }

  /** Returns {@link #run(Request, RunLog)} with the dataset read under the given input limits. */
  public static int run(Request q, InputLimits limits, RunLog log) {
    ThresholdsJson.Document doc = document(q.thresholds());
    FacetRules facet = facet(doc, q);
    RuleSet rules = ruleSet(facet, q);
    List<String> wanted = new ArrayList<>();
    wanted.add(doc.score());
    wanted.addAll(facet.columns());
    Table t = DatasetLoader.readColumns(q.dataset(), "--dataset", wanted, limits, log);
    double[] score = ScoreColumn.scores(t.column(doc.score()));
    for (int i = 0; i < score.length; i++) {
      if (!Double.isFinite(score[i])) {
        throw new DataException(
            "--dataset " + q.dataset() + ": data row " + (i + 1) + " has no finite " + doc.score());
      }
    }
    String[] keys = keys(t, facet.columns());
    double[] p = ThresholdApplier.probabilities(rules, score, keys);
    if (q.seed() < 0 || q.seed() > 0xffffffffL) {
      throw new FairnessException(
          FairnessException.Kind.CONFIG, "--seed " + q.seed() + ": must be between 0 and 2^32 - 1");
    }
    boolean[] pred = ThresholdApplier.predictions(p, q.seed());
    StringBuilder b = new StringBuilder(score.length * 32);
    b.append("row,group,probability,prediction\n");
    for (int i = 0; i < score.length; i++) {
      b.append(i + 1)
          .append(",\"")
          .append(keys[i].replace("\"", "\"\""))
          .append("\",")
          .append(ValueText.renderDouble(p[i]))
          .append(',')
          .append(pred[i] ? '1' : '0')
          .append('\n');
    }
    AtomicFile.write(q.output(), b.toString());
    return score.length;
  }

  private static ThresholdsJson.Document document(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new FairnessException(
          FairnessException.Kind.CONFIG,
          "--thresholds "
              + file
              + ": cannot read ("
              + FairnessException.ioReason(e)
              + "); give a readable file");
    }
    try {
      return ThresholdsJson.read(text);
    } catch (IllegalArgumentException e) {
      throw new FairnessException(
          FairnessException.Kind.CONFIG,
          "--thresholds "
              + file
              + (e.getMessage().matches("\\d+:\\d+: .*") ? ":" : ": ")
              + e.getMessage()
              + "; write it with fairness mitigate");
    }
  }

  private static FacetRules facet(ThresholdsJson.Document doc, Request q) {
    List<FacetRules> fs = doc.facets();
    if (q.facet() == null) {
      if (fs.size() == 1) {
        return fs.get(0);
      }
      throw choose("--facet", fs.stream().map(f -> String.join(",", f.columns())).toList());
    }
    for (FacetRules f : fs) {
      if (String.join(",", f.columns()).equals(q.facet())) {
        return f;
      }
    }
    throw choose("--facet", fs.stream().map(f -> String.join(",", f.columns())).toList());
  }

  private static RuleSet ruleSet(FacetRules f, Request q) {
    List<String> ids = f.ruleSets().stream().map(r -> r.constraint().id()).toList();
    if (q.constraint() == null && f.ruleSets().size() == 1) {
      return f.ruleSets().get(0);
    }
    int i = q.constraint() == null ? -1 : ids.indexOf(q.constraint());
    if (i < 0) {
      throw choose("--constraint", ids);
    }
    return f.ruleSets().get(i);
  }

  private static FairnessException choose(String option, List<String> choices) {
    return new FairnessException(
        FairnessException.Kind.CONFIG,
        option
            + ": the thresholds file holds "
            + choices.stream().collect(Collectors.joining(", "))
            + "; give "
            + option
            + " with one of them");
  }

  private static String[] keys(Table t, List<String> columns) {
    String[] keys = new String[t.rowCount()];
    List<Column> cs = columns.stream().map(t::column).toList();
    for (int i = 0; i < keys.length; i++) {
      StringBuilder k = new StringBuilder();
      for (Column c : cs) {
        Object v = c.get(i);
        if (v == null) {
          throw new DataException(
              "--dataset: data row "
                  + (i + 1)
                  + " has no "
                  + c.name()
                  + "; every row needs a group");
        }
        if (k.length() > 0) {
          k.append(", ");
        }
        k.append(ValueText.render(v));
      }
      keys[i] = k.toString();
    }
    return keys;
  }
}
