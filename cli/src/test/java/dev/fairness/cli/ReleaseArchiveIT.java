package dev.fairness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The release archive that {@code package} writes ({@code target/fairness-<version>.tar.gz}),
 * unpacked with {@code tar} in a temporary directory outside the repository, run as a user would:
 * through a symbolic link from another directory, with java from {@code PATH} or from {@code
 * JAVA_HOME}, and without any java.
 */
class ReleaseArchiveIT {

  private static Path tmp;
  private static Path home;
  private static Path link;
  private static Path tools;

  @BeforeAll
  static void unpack() throws Exception {
    Path archive;
    try (Stream<Path> files = Files.list(Path.of("target"))) {
      archive =
          files
              .filter(p -> p.getFileName().toString().matches("fairness-.*\\.tar\\.gz"))
              .findFirst()
              .orElseThrow()
              .toAbsolutePath();
    }
    tmp = Files.createTempDirectory("fairness-release-it");
    assertFalse(tmp.startsWith(Path.of("").toAbsolutePath().getParent()), "inside the repo");
    Process p = new ProcessBuilder("tar", "-xzf", archive.toString(), "-C", tmp.toString()).start();
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    assertEquals(0, p.exitValue());
    try (Stream<Path> dirs = Files.list(tmp)) {
      home = dirs.findFirst().orElseThrow();
    }
    Files.createDirectories(tmp.resolve("links"));
    link = Files.createSymbolicLink(tmp.resolve("links/fairness"), home.resolve("bin/fairness"));
    // A PATH with the tools the launcher needs but no java.
    tools = Files.createDirectories(tmp.resolve("tools"));
    for (String tool :
        List.of(
            "sh",
            "dirname",
            "readlink",
            "stat",
            "cksum",
            "cut",
            "mkdir",
            "mv",
            "rm",
            "rmdir",
            "find")) {
      for (String dir : List.of("/usr/bin", "/bin")) {
        Path t = Path.of(dir, tool);
        if (Files.isExecutable(t) && !Files.exists(tools.resolve(tool))) {
          Files.createSymbolicLink(tools.resolve(tool), t);
        }
      }
    }
  }

  @AfterAll
  static void cleanUp() throws IOException {
    if (tmp == null) {
      return;
    }
    try (Stream<Path> files = Files.walk(tmp)) {
      for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(f);
      }
    }
  }

  private record Result(int code, String out, String err) {}

  private static Result run(Path cwd, Map<String, String> env, String... args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(link.toString());
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).directory(cwd.toFile());
    pb.environment().clear();
    pb.environment().putAll(env);
    Path out = Files.createTempFile(tmp, "out", ".txt");
    Path err = Files.createTempFile(tmp, "err", ".txt");
    Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertTrue(p.waitFor(180, TimeUnit.SECONDS), "timed out: " + command);
    return new Result(
        p.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  private static Map<String, String> pathWithJava() {
    Map<String, String> env = new HashMap<>();
    Path java = Path.of(System.getProperty("java.home"), "bin");
    env.put("PATH", java + ":" + tools);
    env.put("HOME", tmp.toString());
    env.put("FAIRNESS_CDS", "0"); // no background archive unless a test asks for one
    return env;
  }

  @Test
  void archiveHoldsLauncherJarCompletionExampleReadmeAndLicences() {
    assertTrue(Files.isExecutable(home.resolve("bin/fairness")));
    for (String f :
        List.of(
            "lib/fairness.jar",
            "completion/fairness.bash",
            "completion/fairness.zsh",
            "examples/adult/config.json",
            "README.md",
            "INSTALL.md",
            "licenses/THIRD-PARTY.md",
            "licenses/commons-csv-1.12.0-jar/META-INF/LICENSE.txt",
            "licenses/jackson-core-2.18.2-jar/META-INF/NOTICE")) {
      assertTrue(Files.isRegularFile(home.resolve(f)), f);
    }
  }

  @Test
  void bundlesTheLicenceTextsOfLibrariesWhoseJarsShipNone() throws IOException {
    Map<String, String> expected =
        Map.of(
            "licenses/jmespath-java/LICENSE.txt",
            "Copyright (c) 2016, Burt Intelligence AB and contributors",
            "licenses/antlr4-runtime/LICENSE.txt",
            "Copyright (c) 2012-2017 The ANTLR Project. All rights reserved.",
            "licenses/picocli/LICENSE",
            "Apache License");
    for (Map.Entry<String, String> e : expected.entrySet()) {
      Path f = home.resolve(e.getKey());
      assertTrue(Files.isRegularFile(f), e.getKey());
      String text = Files.readString(f);
      assertTrue(text.contains(e.getValue()), e.getKey() + " lacks " + e.getValue());
    }
    String thirdParty = Files.readString(home.resolve("licenses/THIRD-PARTY.md"));
    assertTrue(thirdParty.contains("`licenses/jmespath-java/LICENSE.txt`"), thirdParty);
  }

  @Test
  void analyzesTheExampleThroughASymlinkFromAnotherDirectory() throws Exception {
    Path work = Files.createDirectories(tmp.resolve("work"));
    Path config = home.resolve("examples/adult/config.json");
    Map<String, String> env = pathWithJava();
    env.put("FAIRNESS_REPORT_STABLE", "1");
    env.put("SOURCE_DATE_EPOCH", "1790000000");
    Result r = run(work, env, "analyze", "--config", config.toString(), "--output", "report");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("wrote report/report.md"), r.out());
    JsonNode result = new ObjectMapper().readTree(work.resolve("report/analysis.json").toFile());
    JsonNode expected =
        new ObjectMapper()
            .readTree(CliRun.testdata().resolve("cases/a_sex_female/expected.json").toFile());
    double di = 0;
    for (JsonNode m : result.at("/post_training_bias_metrics/facets/Sex/0/metrics")) {
      if (m.get("name").asText().equals("DI")) {
        di = m.get("value").asDouble();
      }
    }
    assertEquals(expected.at("/facets/0/groups/0/post_training/DI").asDouble(), di, 1e-9);
    String md = Files.readString(work.resolve("report/report.md"));
    assertTrue(md.startsWith("# Adult income: bias of a model by sex\n"), md);
    assertTrue(md.contains("Post-training DI is 0.3023 for Sex = Female"), md);
  }

  @Test
  void findsJavaThroughJavaHomeWhenPathHasNone() throws Exception {
    Map<String, String> env = new HashMap<>();
    env.put("PATH", tools.toString());
    env.put("JAVA_HOME", System.getProperty("java.home"));
    Result r = run(tmp, env, "--version");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().startsWith("fairness "), r.out());
  }

  @Test
  void withoutJavaSaysSoInOneLineAndExits2() throws Exception {
    Map<String, String> env = new HashMap<>();
    env.put("PATH", tools.toString());
    Result r = run(tmp, env, "--version");
    assertEquals(2, r.code());
    assertEquals("", r.out());
    assertEquals(1, r.err().lines().count(), r.err());
    assertTrue(r.err().startsWith("fairness: error: no java found: "), r.err());
  }

  @Test
  void firstRunMakesAClassDataSharingArchiveThatLaterRunsMap() throws Exception {
    org.junit.jupiter.api.Assumptions.assumeTrue(
        Files.isRegularFile(home.resolve("lib/fairness.classlist")),
        "the build made no class list");
    Map<String, String> env = pathWithJava();
    env.remove("FAIRNESS_CDS");
    env.put("XDG_CACHE_HOME", tmp.resolve("cache").toString());
    Result first = run(tmp, env, "--version");
    assertEquals(0, first.code(), first.err());
    Path cache = tmp.resolve("cache/fairness");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (archives(cache).isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(200);
    }
    assertEquals(1, archives(cache).size(), "archives in " + cache);
    env.put("FAIRNESS_JAVA_OPTS", "-Xmx1g -XX:+UseSerialGC -Xlog:class+load=info");
    Result second = run(tmp, env, "--version");
    assertEquals(0, second.code(), second.err());
    assertTrue(second.out().contains(SHARED), "no class from the archive");
    assertTrue(second.out().lines().anyMatch(l -> l.equals(first.out().strip())), second.out());
    env.put("FAIRNESS_CDS", "0");
    assertFalse(run(tmp, env, "--version").out().contains(SHARED));
  }

  private static final String SHARED = "dev.fairness.cli.FairnessCommand source: shared";

  private static List<Path> archives(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.getFileName().toString().endsWith(".jsa")).toList();
    }
  }
}
