package dev.fairness.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

/** Runs the CLI in-process and captures its exit code, stdout and stderr. */
record CliRun(int code, String out, String err) {

  static Path testdata() {
    return Path.of(System.getProperty("testdata.dir", "../testdata")).toAbsolutePath().normalize();
  }

  static CliRun run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code;
    try (PrintWriter o = new PrintWriter(out);
        PrintWriter e = new PrintWriter(err)) {
      code = FairnessCommand.run(o, e, args);
    }
    return new CliRun(code, out.toString(), err.toString());
  }

  /** Returns the {@code fairness: error:} line of stderr, or null. */
  String errorLine() {
    for (String line : err.split("\n")) {
      if (line.startsWith("fairness: error: ")) {
        return line;
      }
    }
    return null;
  }
}
