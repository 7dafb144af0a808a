package dev.fairness.cli;

import picocli.CommandLine.Model.CommandSpec;

/** The {@code Examples:} of {@code fairness analyze --help} (kept out of the command's model). */
final class HelpExamples {

  private HelpExamples() {}

  /** Adds the examples of {@code analyze} to its usage help. */
  static void analyze(CommandSpec spec) {
    Specs.withExamples(
        spec,
        "Bias of the predictions in a column of the data; reports in out/:",
        "fairness analyze --config analysis.json --output out/",
        "Reach the model as a subprocess, explain 500 records, Markdown only:",
        "fairness analyze --config a.json --model-command \"python m.py\" --format md",
        "CI gate: exit 6 when the four-fifths rule fails, JUnit XML for the CI page:",
        "fairness analyze --config a.json --assert \"post.DI >= 0.8\" --junit j.xml",
        "Compare two models given as prediction columns (also cmd:, url:):",
        "fairness analyze --config a.json --model lr=column:p1 --model rf=column:p2",
        "Log params, metrics and the outputs to an MLflow server:",
        "fairness analyze --config a.json --mlflow=http://localhost:5000");
  }
}
