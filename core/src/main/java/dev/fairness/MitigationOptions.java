package dev.fairness;

import dev.fairness.config.ThresholdsConfig;
import dev.fairness.data.InputLimits;
import dev.fairness.data.csv.CsvHeaderMode;
import dev.fairness.mitigate.Constraint;
import dev.fairness.mitigate.Rate;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * The options of one {@code fairness mitigate} run.
 *
 * @param constraints the constraints to fit, in order
 * @param objective the objective to maximize
 * @param gridSize grid intervals (Fairlearn's {@code grid_size})
 * @param datasetOverride {@code --dataset}, or null
 * @param csvHeader the {@code --csv-header} rule
 * @param formats report formats ({@code html}, {@code md}); thresholds.json is always written
 * @param limits the input size limits
 */
public record MitigationOptions(
    List<Constraint> constraints,
    Rate objective,
    int gridSize,
    Path datasetOverride,
    CsvHeaderMode csvHeader,
    Set<String> formats,
    InputLimits limits) {

  /** Copies the collections. */
  public MitigationOptions {
    constraints = List.copyOf(constraints);
    formats = Set.copyOf(formats);
  }

  /** Creates options with the default input limits. */
  public MitigationOptions(
      List<Constraint> constraints,
      Rate objective,
      int gridSize,
      Path datasetOverride,
      CsvHeaderMode csvHeader,
      Set<String> formats) {
    this(
        constraints,
        objective,
        gridSize,
        datasetOverride,
        csvHeader,
        formats,
        InputLimits.defaults());
  }

  /** Returns the options {@code methods.thresholds} gives (names already validated). */
  public static MitigationOptions of(
      ThresholdsConfig t, Path datasetOverride, CsvHeaderMode csvHeader, Set<String> formats) {
    return new MitigationOptions(
        t.constraints().stream().map(Constraint::byId).toList(),
        Rate.byId(t.objective()),
        t.gridSize(),
        datasetOverride,
        csvHeader,
        formats);
  }
}
