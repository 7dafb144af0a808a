package dev.fairness;

import dev.fairness.bias.ColumnKind;
import dev.fairness.bias.FacetSelector;
import dev.fairness.bias.FacetSplit;
import dev.fairness.bias.LabelIndex;
import dev.fairness.bias.LabelRule;
import dev.fairness.bias.PredictedIndex;
import dev.fairness.bias.PredictedLabelRule;
import dev.fairness.bias.SmallGroups;
import dev.fairness.config.AnalysisConfig;
import dev.fairness.data.Column;
import dev.fairness.data.ColumnNeeds;
import dev.fairness.data.Dataset;
import dev.fairness.data.DatasetLoader;
import dev.fairness.data.FacetColumn;
import dev.fairness.data.csv.CsvHeaderMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The dry run of {@code fairness validate --data} (issue 14): reads the data's role columns and
 * says, per role column, its kind and why, what each label and facet value selects, the missing
 * cells, and every finding, without computing a metric or starting a model. Throws the same errors
 * as {@code analyze} would (exit 2 or 3).
 */
public final class DryRun {

  private DryRun() {}

  /**
   * Returns the report lines; findings go to {@code log} as in a run.
   *
   * @param config the validated configuration
   * @param datasetOverride {@code --dataset}, or null
   * @param mode {@code --csv-header}
   * @param log where warnings and findings go
   */
  public static List<String> run(
      AnalysisConfig config, Path datasetOverride, CsvHeaderMode mode, RunLog log) {
    UnusedKeys.check(config, log);
    List<String> out = new ArrayList<>();
    Dataset ds = DatasetLoader.load(config, datasetOverride, mode, ColumnNeeds.rolesOnly(), log);
    out.add("rows: " + ds.table().rowCount());
    Reasons why = new Reasons(log);
    LabelIndex label = null;
    ColumnKind labelKind = ColumnKind.parse(config.hints().labelKind());
    if (ds.label() != null && !config.labelValuesOrThreshold().isEmpty()) {
      Column c = ds.table().column(ds.label());
      label = LabelRule.positive(c, config.labelValuesOrThreshold(), labelKind, why);
      out.add(
          "label "
              + c.name()
              + ": "
              + why.take()
              + "; positive ("
              + label.text()
              + "): "
              + label.positive().count()
              + " rows"
              + missing(c));
    }
    if (ds.predictedLabel() != null && label != null) {
      Column p = ds.table().column(ds.predictedLabel());
      PredictedIndex pi =
          PredictedLabelRule.positive(
              p,
              ds.table().column(ds.label()),
              label,
              config.labelValuesOrThreshold(),
              false,
              null,
              labelKind,
              why);
      out.add(
          "predicted_label "
              + p.name()
              + ": "
              + why.take()
              + (pi.usable()
                  ? "; positive: " + pi.positive().count() + " rows"
                  : "; post-training metrics will fail: " + pi.error())
              + missing(p));
    }
    for (int i = 0; i < ds.facets().size(); i++) {
      FacetColumn f = ds.facets().get(i);
      Column c = ds.table().column(f.column());
      String where = "facet[" + i + "]";
      FacetSplit split =
          FacetSelector.groups(
              c,
              f.config().valueOrThreshold(),
              null,
              ColumnKind.parse(f.config().kind()),
              where,
              why);
      StringBuilder groups = new StringBuilder();
      for (int g = 0; g < split.groups().size(); g++) {
        int n = count(split.sensitive(g));
        groups.append(g == 0 ? "" : ", ").append(split.groups().get(g)).append(": ");
        groups.append(n).append(" rows");
        SmallGroups.check(c.name(), split.groups().get(g), n, c.size() - n, where, log);
      }
      out.add(where + " " + c.name() + ": " + why.take() + "; groups " + groups + missing(c));
    }
    if (ds.groupVariable() != null) {
      Column g = ds.table().column(ds.groupVariable());
      out.add("group_variable " + g.name() + ": " + g.type() + missing(g));
    }
    return out;
  }

  private static String missing(Column c) {
    return "; missing: " + c.missingCount();
  }

  private static int count(boolean[] b) {
    int n = 0;
    for (boolean x : b) {
      n += x ? 1 : 0;
    }
    return n;
  }

  /** Forwards to the run's log and keeps the last classification line ("kind and why"). */
  private static final class Reasons implements RunLog {
    private final RunLog target;
    private String last = "";

    Reasons(RunLog target) {
      this.target = target;
    }

    String take() {
      String s = last;
      last = "";
      return s;
    }

    @Override
    public void debug(String message) {
      target.debug(message);
    }

    @Override
    public void info(String message) {
      if (message.startsWith("Column ")) {
        last = message.replace("classifed", "classified");
      }
      target.info(message);
    }

    @Override
    public void warn(String message) {
      target.warn(message);
    }

    @Override
    public void finding(Finding finding) {
      target.finding(finding);
    }
  }
}
