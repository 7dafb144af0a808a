package dev.fairness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The class-data sharing archive that {@code package} writes ({@code target/fairness.jsa}, made by
 * {@code src/cds/make-archive.sh}) changes nothing a user sees when mapped with the launcher's
 * options ({@code src/cds/options.sh}): stdout, stderr (log timestamps aside) and every output file
 * are the same as without it, also when the JVM refuses the archive (here: compressed oops off,
 * which a static archive of compressed-oops classes does not fit). Skipped when the build made no
 * archive.
 */
class CdsArchiveIT {

  private static final Path ARCHIVE = Path.of("target", "fairness.jsa").toAbsolutePath();
  private static final List<String> LAUNCHER = List.of("-Xmx1g", "-XX:+UseSerialGC");
  private static final Map<String, String> ENV =
      Map.of("SOURCE_DATE_EPOCH", "1790000000", "FAIRNESS_REPORT_STABLE", "1");
  private static final List<String> OUTPUTS =
      List.of("analysis.json", "analysis_config.json", "report.html", "report.md");

  @TempDir Path tmp;

  /**
   * stdout, then stderr without the log lines' timestamps, of one d_tiny20 run into {@code name};
   * the output folder reads OUT.
   */
  private String run(String name, List<String> jvmOptions) throws Exception {
    Path config = CliRun.testdata().resolve("cases/d_tiny20/config.json");
    JarRun r =
        JarRun.start(
            tmp.resolve("logs"),
            jvmOptions,
            ENV,
            "analyze",
            "--config",
            config.toString(),
            "--output",
            tmp.resolve(name).toString());
    assertEquals(0, r.waitFor(120), r::stderr);
    String out = r.stdout() + "\n--- stderr ---\n" + r.stderr().replaceAll("(?m)^\\S+Z ", "");
    return out.replace(tmp.resolve(name).toString(), "OUT");
  }

  private static List<String> withArchive(List<String> more) {
    List<String> o =
        new ArrayList<>(
            List.of(
                "-XX:SharedArchiveFile=" + ARCHIVE,
                "-Xshare:auto",
                "-Xlog:cds=off,cds+dynamic=off"));
    o.addAll(LAUNCHER);
    o.addAll(more);
    return o;
  }

  @Test
  void sameOutputWithAndWithoutTheArchive() throws Exception {
    assumeTrue(Files.isRegularFile(ARCHIVE), "no CDS archive was built");
    String without = run("without", LAUNCHER);
    assertEquals(without, run("with", withArchive(List.of())));
    assertEquals(without, run("refused", withArchive(List.of("-XX:-UseCompressedOops"))));
    for (String f : OUTPUTS) {
      String expected = Files.readString(tmp.resolve("without").resolve(f));
      for (String other : List.of("with", "refused")) {
        assertEquals(expected, Files.readString(tmp.resolve(other).resolve(f)), other + "/" + f);
      }
    }
  }
}
