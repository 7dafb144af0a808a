package dev.fairness.cli;

import dev.fairness.result.AnalysisResult;
import dev.fairness.tracking.MlflowLogger;
import dev.fairness.tracking.MlflowSettings;
import dev.fairness.tracking.TrackingException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The MLflow step of {@code analyze} (docs/mlflow.md), run after the outputs are in place: a
 * tracking failure never touches them; it is a warning, or exit 4 under {@code --strict}.
 */
final class TrackingStep {

  private TrackingStep() {}

  /** The {@code --mlflow[=URI]} option: without a value the URI comes from MLFLOW_TRACKING_URI. */
  static OptionSpec option() {
    return OptionSpec.builder("--mlflow")
        .type(String.class)
        .arity("0..1")
        .fallbackValue("")
        .paramLabel("URI")
        .description(
            "Log params, metrics and the outputs to an MLflow tracking server (default: MLFLOW_TRACKING_URI, which also turns this on).")
        .build();
  }

  /**
   * Logs the run when {@code --mlflow} or MLFLOW_TRACKING_URI asks for it; returns {@link
   * ExitCode#MODEL} when logging failed under {@code strict}, else null.
   *
   * @param spec the analyze command, whose {@code --mlflow} value is null when absent and empty
   *     without a URI
   */
  static ExitCode run(
      CommandSpec spec, AnalysisResult result, Path outputDir, List<Path> written, StderrLog log) {
    boolean quiet = Boolean.TRUE.equals(spec.findOption("--quiet").getValue());
    boolean strict = Boolean.TRUE.equals(spec.findOption("--strict").getValue());
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    String optionValue = Specs.value(spec.findOption("--mlflow"));
    Map<String, String> env = System.getenv();
    String toolVersion = VersionProvider.version();
    try {
      MlflowSettings settings =
          MlflowSettings.resolve(
              optionValue != null,
              optionValue == null || optionValue.isEmpty() ? null : optionValue,
              env);
      if (settings == null) {
        return null;
      }
      MlflowLogger.Logged logged =
          new MlflowLogger(settings)
              .log(result, toolVersion, outputDir, written, System.currentTimeMillis());
      if (!quiet) {
        out.println(
            "mlflow: run "
                + logged.runId()
                + " at "
                + settings.trackingUri()
                + ": "
                + logged.metrics()
                + " metric values, "
                + logged.artifacts()
                + " artifacts"
                + (logged.notLogged().isEmpty()
                    ? ""
                    : "; not logged (failed or infinite): "
                        + String.join(", ", logged.notLogged())));
      }
      return null;
    } catch (TrackingException e) {
      if (strict) {
        err.println("fairness: error: " + e.getMessage() + " (--strict; the outputs are written)");
        err.flush();
        return ExitCode.of(e.kind());
      }
      log.warn(e.getMessage() + " (the outputs are written; --strict makes this exit 4)");
      return null;
    }
  }
}
