package dev.fairness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The script of {@code fairness completion} sourced in a real bash completes commands and options.
 */
class CompletionIT {

  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"bash", "zsh"})
  void completionScriptCompletesCommandsAndOptionsInBash(String shell)
      throws IOException, InterruptedException {
    CliRun r = CliRun.run("completion", shell);
    assertEquals(0, r.code(), r.err());
    Path script = dir.resolve("fairness.completion");
    Files.writeString(script, r.out());
    // Source the script in a real bash and ask it to complete "fairness analyze --con".
    String probe =
        "source "
            + script
            + "\nCOMP_WORDS=(fairness analyze --con); COMP_CWORD=2;"
            + " COMP_LINE='fairness analyze --con'; COMP_POINT=${#COMP_LINE};"
            + " _complete_fairness; printf '%s\\n' \"${COMPREPLY[@]}\""
            + "\nCOMP_WORDS=(fairness com); COMP_CWORD=1; COMP_LINE='fairness com';"
            + " COMP_POINT=${#COMP_LINE}; _complete_fairness; printf '%s\\n' \"${COMPREPLY[@]}\"";
    Process p = new ProcessBuilder("bash", "--norc", "-c", probe).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes());
    assertTrue(p.waitFor(30, TimeUnit.SECONDS));
    assertEquals(0, p.exitValue(), out);
    assertTrue(out.lines().anyMatch(l -> l.strip().equals("--config")), out);
    assertTrue(out.lines().anyMatch(l -> l.strip().equals("compare")), out);
    assertTrue(out.lines().anyMatch(l -> l.strip().equals("completion")), out);
  }
}
