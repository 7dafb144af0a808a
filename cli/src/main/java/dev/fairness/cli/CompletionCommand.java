package dev.fairness.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * {@code fairness completion bash|zsh}: prints the shell completion script that picocli's {@link
 * AutoComplete} generates from the command model. The script serves zsh too, through zsh's {@code
 * bashcompinit}, which the script itself enables when it runs under zsh.
 */
final class CompletionCommand implements Callable<Integer> {

  private final CommandSpec spec;

  private CompletionCommand() {
    spec =
        Specs.command(
            "completion", this, "Print the shell completion script of fairness for bash or zsh.");
    spec.addPositional(
        PositionalParamSpec.builder()
            .index("0")
            .type(String.class)
            .paramLabel("SHELL")
            .completionCandidates(java.util.List.of("bash", "zsh"))
            .description("bash or zsh.")
            .build());
    Specs.withStandardHelp(spec);
    Specs.withExamples(
        spec,
        "Complete commands and options in the current bash or zsh session:",
        "source <(fairness completion bash)",
        "Install for every bash session of this user:",
        "fairness completion bash > ~/.fairness.bash",
        "echo 'source ~/.fairness.bash' >> ~/.bashrc",
        "zsh: source it from ~/.zshrc:",
        "fairness completion zsh > ~/.fairness.zsh",
        "echo 'source ~/.fairness.zsh' >> ~/.zshrc");
  }

  /** Returns the model of the command, bound to a new instance. */
  static CommandSpec spec() {
    return new CompletionCommand().spec;
  }

  @Override
  public Integer call() {
    String shell = (String) spec.positionalParameters().get(0).getValue();
    if (!"bash".equals(shell) && !"zsh".equals(shell)) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "unknown shell '" + shell + "'; give bash or zsh");
    }
    PrintWriter out = spec.commandLine().getOut();
    CommandLine root = spec.commandLine();
    while (root.getParent() != null) {
      root = root.getParent();
    }
    out.print(AutoComplete.bash(root.getCommandName(), root));
    out.flush();
    return ExitCode.OK.code();
  }
}
