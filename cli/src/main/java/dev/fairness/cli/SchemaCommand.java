package dev.fairness.cli;

import dev.fairness.config.ConfigSchema;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/** {@code fairness schema}: prints the JSON Schema (2020-12) of the analysis configuration. */
final class SchemaCommand implements Callable<Integer> {

  private final CommandSpec spec;

  private SchemaCommand() {
    spec =
        Specs.command(
            "schema",
            this,
            "Print the JSON Schema (draft 2020-12) of the analysis configuration, for editors and"
                + " other validators. Cross-field rules are checked by 'fairness validate'.");
    Specs.withStandardHelp(spec);
    Specs.withExamples(
        spec,
        "Save the schema next to your configurations:",
        "fairness schema > analysis-config.schema.json",
        "Point a configuration at it; editors then check it as you type:",
        "{\"$schema\": \"./analysis-config.schema.json\", ...}");
  }

  /** Returns the model of the command, bound to a new instance. */
  static CommandSpec spec() {
    return new SchemaCommand().spec;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    out.print(ConfigSchema.text());
    out.flush();
    return ExitCode.OK.code();
  }
}
