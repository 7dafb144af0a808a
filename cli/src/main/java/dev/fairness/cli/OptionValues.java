package dev.fairness.cli;

import dev.fairness.data.csv.CsvHeaderMode;
import dev.fairness.report.ReportFormat;
import java.util.Locale;
import picocli.CommandLine.TypeConversionException;

/**
 * Converters picocli applies to the enum-valued options; a bad value becomes picocli's usage error
 * (exit 2) with a message that names the value and the choices.
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
}
