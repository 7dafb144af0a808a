package dev.fairness.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * {@code fairness help [COMMAND]}: the usage help of the tool or of one command. Behaves as
 * picocli's {@code CommandLine.HelpCommand}, built without reading annotations (see {@link Specs}).
 */
final class HelpSubcommand implements CommandLine.IHelpCommandInitializable2, Runnable {

  private final CommandSpec spec;
  private CommandLine self;
  private CommandLine.Help.ColorScheme colors;
  private PrintWriter out;

  private HelpSubcommand() {
    spec = Specs.command("help", this, "");
    spec.helpCommand(true);
    spec.usageMessage()
        .header("Display help information about the specified command.")
        .synopsisHeading("%nUsage: ")
        .description(
            "%nWhen no COMMAND is given, the usage help for the main command is displayed.",
            "If a COMMAND is specified, the help for that command is shown.%n");
    spec.addOption(
        OptionSpec.builder("-h", "--help")
            .usageHelp(true)
            .description("Show usage help for the help command and exit.")
            .build());
    spec.addPositional(
        PositionalParamSpec.builder()
            .paramLabel("COMMAND")
            .arity("0..1")
            .type(String.class)
            .description("The COMMAND to display the usage help message for.")
            .build());
  }

  /** Returns the model of the command, bound to a new instance. */
  static CommandSpec spec() {
    return new HelpSubcommand().spec;
  }

  @Override
  public void init(
      CommandLine helpCommandLine,
      CommandLine.Help.ColorScheme colorScheme,
      PrintWriter out,
      PrintWriter err) {
    this.self = helpCommandLine;
    this.colors = colorScheme;
    this.out = out;
  }

  @Override
  public void run() {
    CommandLine parent = self.getParent();
    String name = spec.positionalParameters().get(0).getValue();
    if (name == null) {
      parent.usage(out, colors);
      return;
    }
    CommandLine sub = parent.getSubcommands().get(name);
    if (sub == null) {
      throw new CommandLine.ParameterException(parent, "Unknown subcommand '" + name + "'.");
    }
    sub.usage(out, colors);
  }
}
