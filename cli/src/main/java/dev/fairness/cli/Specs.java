package dev.fairness.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Builds the commands' picocli models with picocli's programmatic API. The annotation form costs a
 * cold JVM about 50 ms before any work starts (a dynamic proxy class per annotation type, the
 * annotations parsed by reflection); this form builds the same model directly. Each command reads
 * the values of the option specs it keeps after parsing ({@link #value}).
 */
final class Specs {

  private Specs() {}

  /**
   * Returns a command named {@code name} that runs {@code userObject} (a {@code Runnable} or {@code
   * Callable<Integer>}), with the usage description, the exit-code list and, last, {@code
   * -h/--help} and {@code -V/--version}.
   */
  static CommandSpec command(String name, Object userObject, String... description) {
    CommandSpec spec = CommandSpec.wrapWithoutInspection(userObject).name(name);
    spec.usageMessage()
        .description(description)
        .exitCodeListHeading("%nExit codes:%n")
        .exitCodeList(exitCodes());
    spec.versionProvider(new VersionProvider());
    return spec;
  }

  /** Adds {@code -h/--help} and {@code -V/--version}: the last options of every command. */
  static CommandSpec withStandardHelp(CommandSpec spec) {
    spec.addOption(
        OptionSpec.builder("-h", "--help")
            .usageHelp(true)
            .description("Show this help message and exit.")
            .build());
    spec.addOption(
        OptionSpec.builder("-V", "--version")
            .versionHelp(true)
            .description("Print version information and exit.")
            .build());
    return spec;
  }

  /**
   * Adds an {@code Examples:} section after the options: a line ending with {@code :} is a comment
   * ({@code # …}), any other a command; all indented (no {@code %} in the texts: picocli formats
   * them).
   */
  static CommandSpec withExamples(CommandSpec spec, String... commentsAndCommands) {
    String[] lines = new String[commentsAndCommands.length];
    for (int i = 0; i < lines.length; i++) {
      String line = commentsAndCommands[i];
      lines[i] = (line.endsWith(":") ? "  # " : "  ") + line;
    }
    spec.usageMessage().footerHeading("%nExamples:%n").footer(lines);
    return spec;
  }

  /** Returns an option taking one value of {@code type}, shown as {@code --name=label}. */
  static OptionSpec.Builder option(String name, Class<?> type, String label, String description) {
    return OptionSpec.builder(name).type(type).paramLabel(label).description(description);
  }

  /** Returns a boolean flag. */
  static OptionSpec flag(String name, String description) {
    return OptionSpec.builder(name).type(boolean.class).description(description).build();
  }

  /** Returns a repeatable option collecting its string values in order. */
  static OptionSpec repeated(String name, String label, String description) {
    return OptionSpec.builder(name)
        .type(java.util.List.class)
        .auxiliaryTypes(String.class)
        .paramLabel(label)
        .description(description)
        .build();
  }

  /** Adds {@code option} to {@code spec} and returns it, for the command to keep. */
  static OptionSpec add(CommandSpec spec, OptionSpec option) {
    spec.addOption(option);
    return option;
  }

  /** Returns the value of {@code option} after parsing: its default, or null, when absent. */
  @SuppressWarnings("unchecked")
  static <T> T value(OptionSpec option) {
    return (T) option.getValue();
  }

  /** Returns whether the flag {@code option} was given. */
  static boolean isSet(OptionSpec option) {
    return Boolean.TRUE.equals(option.getValue());
  }

  /** Returns the exit codes of spec §10.1 as the usage help lists them. */
  private static Map<String, String> exitCodes() {
    Map<String, String> codes = new LinkedHashMap<>();
    for (ExitCode c : ExitCode.values()) {
      String n = Integer.toString(c.code());
      codes.put("   ".substring(n.length()) + n, c.meaning());
    }
    return codes;
  }
}
