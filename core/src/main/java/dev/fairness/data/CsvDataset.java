package dev.fairness.data;

import dev.fairness.RunLog;
import dev.fairness.config.AnalysisConfig;
import dev.fairness.data.csv.CsvHeaderMode;
import dev.fairness.data.csv.CsvSource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Loads a {@code text/csv} dataset for {@link DatasetLoader}: the main files, the facet and
 * predicted-label side files (joined by {@link SideFiles}), the column roles resolved and only the
 * needed columns kept.
 */
final class CsvDataset {

  private CsvDataset() {}

  /** Returns the loaded CSV dataset at {@code location} ({@code files} are its part files). */
  static Dataset load(
      AnalysisConfig config,
      Path location,
      List<Path> files,
      CsvHeaderMode mode,
      InputLimits limits,
      ColumnNeeds needs,
      RunLog log) {
    CsvSource main =
        new CsvSource(
            files, location, config.headers(), mode, limits, config.hints().delimiter(), log);
    CsvSource facetSrc =
        side(
            config.facetDatasetUri(),
            "facet_dataset_uri",
            config.facetHeaders(),
            mode,
            limits,
            log);
    CsvSource predSrc =
        side(
            config.predictedLabelDatasetUri(),
            "predicted_label_dataset_uri",
            config.predictedLabelHeaders(),
            mode,
            limits,
            log);
    List<String> mainNames = main.names();
    ColumnRoles roles =
        ColumnRoles.forCsv(
            config,
            mainNames,
            facetSrc == null ? null : facetSrc.names(),
            predSrc == null ? null : predSrc.names());
    DatasetLoader.requireFeatures(roles, needs);
    boolean keyed = (facetSrc != null || predSrc != null) && roles.joinsource() != null;
    SourceData md = readMain(main, mainNames, roles, needs, keyed, location);
    List<String> names = new ArrayList<>(mainNames);
    List<SideFiles.Side> sides =
        readSides(config, facetSrc, predSrc, roles, keyed, md, location, names);
    return DatasetLoader.dataset(SideFiles.join(location, md, names, sides, log), roles);
  }

  /**
   * Reads the facet and predicted-label side files that are given (null sources are skipped),
   * adding their column names to {@code names}.
   */
  private static List<SideFiles.Side> readSides(
      AnalysisConfig config,
      CsvSource facetSrc,
      CsvSource predSrc,
      ColumnRoles roles,
      boolean keyed,
      SourceData md,
      Path location,
      List<String> names) {
    List<SideFiles.Side> sides = new ArrayList<>();
    if (facetSrc != null) {
      sides.add(
          SideFiles.read(
              facetSrc,
              "facet",
              config.facetDatasetUri(),
              roles.sideFacets(),
              roles,
              keyed,
              md,
              location,
              names));
    }
    if (predSrc != null) {
      sides.add(
          SideFiles.read(
              predSrc,
              "predicted label",
              config.predictedLabelDatasetUri(),
              List.of(roles.predicted()),
              roles,
              keyed,
              md,
              location,
              names));
    }
    return sides;
  }

  /**
   * Reads the kept columns of the main files (the numeric extras optional), with the join keys when
   * {@code keyed}; throws when there are no rows or a key repeats.
   */
  private static SourceData readMain(
      CsvSource main,
      List<String> mainNames,
      ColumnRoles roles,
      ColumnNeeds needs,
      boolean keyed,
      Path location) {
    Set<String> kept = DatasetLoader.keep(roles, mainNames, needs);
    Set<String> optional = new HashSet<>();
    if (needs.numericExtras()) {
      optional.addAll(kept);
      optional.removeAll(
          DatasetLoader.keep(
              roles,
              mainNames,
              new ColumnNeeds(needs.features(), false, false, false, needs.extraColumns())));
    }
    SourceData md =
        main.read(
            DatasetLoader.mask(mainNames, kept),
            DatasetLoader.mask(mainNames, optional),
            keyed ? mainNames.indexOf(roles.joinsource()) : -1);
    if (md.rows() == 0) {
      throw DatasetLoader.noRows(location);
    }
    if (keyed) {
      RowJoin.requireUnique(md.keys(), location);
    }
    return md;
  }

  private static CsvSource side(
      Path uri,
      String key,
      List<String> headers,
      CsvHeaderMode mode,
      InputLimits limits,
      RunLog log) {
    return uri == null
        ? null
        : new CsvSource(DatasetFiles.list(uri, key), uri, headers, mode, limits, log);
  }
}
