package dev.fairness.cli;

import dev.fairness.config.ConfigException;
import dev.fairness.config.ShellWords;
import dev.fairness.data.csv.CsvHeaderMode;
import dev.fairness.gate.AttributionDrift;
import dev.fairness.report.ReportFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.TypeConversionException;

/**
 * Converters picocli applies to the enum-valued options, and the range checks of the numeric ones;
 * a bad value is a usage error (exit 2) with a message that names the value and the choices.
 */
final class OptionValues {

  private OptionValues() {}

  /** Converts one element of {@code --format}; the message names the element and the choices. */
  static ReportFormat reportFormat(String value) {
    try {
      return ReportFormat.fromId(value.strip());
    } catch (IllegalArgumentException e) {
      throw new TypeConversionException(
          "unknown format '" + value.strip() + "'; use a comma list of json, html, md");
    }
  }

  /** Converts {@code --csv-header}, in any case. */
  static CsvHeaderMode headerMode(String mode) {
    return switch (mode.toLowerCase(Locale.ROOT)) {
      case "auto" -> CsvHeaderMode.AUTO;
      case "present" -> CsvHeaderMode.PRESENT;
      case "absent" -> CsvHeaderMode.ABSENT;
      default ->
          throw new TypeConversionException(
              "unknown mode '" + mode + "'; use auto, present or absent");
    };
  }

  /** Refuses a {@code --max-shap-records} below 1 (exit 2). */
  static void checkMaxShapRecords(Integer maxRecords) {
    if (maxRecords != null && maxRecords < 1) {
      throw new ConfigException("--max-shap-records " + maxRecords + ": must be at least 1");
    }
  }

  /** Returns {@code --n-boot} when it is null or within 2..1,000,000, else refuses it (exit 2). */
  static Integer checkBoots(Integer boots) {
    if (boots != null && (boots < 2 || boots > 1_000_000)) {
      throw new ConfigException("--n-boot " + boots + ": must be between 2 and 1000000");
    }
    return boots;
  }

  /**
   * Returns {@code --confidence-level} when it is null or within (0, 1), else refuses it (exit 2).
   */
  static Double checkLevel(Double level) {
    if (level != null && !(level > 0 && level < 1)) {
      throw new ConfigException(
          "--confidence-level " + level + ": must be strictly between 0 and 1, e.g. 0.95");
    }
    return level;
  }

  /** Splits {@code --model-command} like a shell; null when absent; refuses an empty command. */
  static List<String> modelCommand(String commandLine) {
    List<String> command = commandLine != null ? ShellWords.split(commandLine) : null;
    if (command != null && command.isEmpty()) {
      throw new ConfigException(
          "--model-command: empty command; give the program and its arguments");
    }
    return command;
  }

  /**
   * Returns the analysis.json to read for {@code option}: {@code path} itself, or the analysis.json
   * inside it when it is a directory (an {@code analyze --output} directory); exit 2 naming the
   * directory when it has none.
   */
  static Path analysisFile(String option, Path path) {
    if (!Files.isDirectory(path)) {
      return path;
    }
    Path file = path.resolve("analysis.json");
    if (!Files.isRegularFile(file)) {
      throw new ConfigException(
          option
              + " "
              + TerminalText.safe(path.toString())
              + ": directory has no analysis.json; give an analyze --output directory or the"
              + " path of an analysis.json file");
    }
    return file;
  }

  /** Returns the --min-ndcg threshold, 0.9 when absent; exit 2 unless a number in [0, 1]. */
  static double minNdcg(String text) {
    if (text == null) {
      return AttributionDrift.DEFAULT_MIN_NDCG;
    }
    double v;
    try {
      v = Double.parseDouble(text.strip());
    } catch (NumberFormatException e) {
      v = Double.NaN;
    }
    if (!(v >= 0 && v <= 1)) {
      throw new ConfigException(
          "--min-ndcg "
              + TerminalText.safe(text)
              + ": expected a number from 0 to 1 (nDCG is at most 1); give e.g. --min-ndcg 0.9");
    }
    return v;
  }
}
