package dev.fairness.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** The {@code fairness} command: bias and explainability reports in SageMaker Clarify's format. */
public final class FairnessCommand implements Runnable {

  private final CommandSpec spec;

  private FairnessCommand() {
    spec =
        Specs.command(
            "fairness",
            this,
            "Bias and explainability reports from a SageMaker Clarify analysis configuration.");
    Specs.withStandardHelp(spec);
    spec.addSubcommand("analyze", AnalyzeCommand.spec());
    spec.addSubcommand("validate", ValidateCommand.spec());
    spec.addSubcommand("compare", CompareCommand.spec());
    spec.addSubcommand("trend", TrendCommand.spec());
    spec.addSubcommand("mitigate", MitigateCommand.spec());
    spec.addSubcommand("apply-thresholds", ApplyThresholdsCommand.spec());
    spec.addSubcommand("help", HelpSubcommand.spec());
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing required subcommand");
  }

  /** Runs the tool and exits with its exit code. */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    int code = run(out, err, args);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /** Runs the tool with the given streams and returns the exit code; never exits the JVM. */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine cl = new CommandLine(new FairnessCommand().spec);
    cl.setOut(out);
    cl.setErr(err);
    cl.setParameterExceptionHandler(
        (ex, a) -> {
          err.println(TerminalText.line("fairness: error: " + ex.getMessage()));
          err.println("  (see '" + commandPath(ex.getCommandLine()) + " --help')");
          err.flush();
          return ExitCode.CONFIG.code();
        });
    cl.setExecutionExceptionHandler((ex, c, parse) -> ErrorReporter.report(ex, err, null).code());
    try {
      return cl.execute(args);
    } catch (OutOfMemoryError e) {
      // Not a bug but a limit the user can raise: one line saying how, no stack trace.
      err.println(outOfMemory(Runtime.getRuntime().maxMemory()));
      err.flush();
      return ExitCode.INTERNAL.code();
    }
  }

  /** Returns the one-line error for a run that needed more heap than {@code maxHeap} bytes. */
  static String outOfMemory(long maxHeap) {
    long mib = maxHeap >> 20;
    return "fairness: error: out of memory: the Java heap (-Xmx"
        + mib
        + "m) is too small for this run; give it more, e.g. FAIRNESS_JAVA_OPTS=\"-Xmx"
        + Math.max(2, 4 * ((mib + 1023) / 1024))
        + "g -XX:+UseSerialGC\" ./fairness ...";
  }

  /** Returns the command as typed, e.g. {@code fairness analyze}. */
  private static String commandPath(CommandLine cl) {
    return cl.getCommandSpec().qualifiedName();
  }
}
