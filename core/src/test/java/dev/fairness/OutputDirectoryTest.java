package dev.fairness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputDirectoryTest {

  @TempDir Path dir;

  @Test
  void closeWithoutCommitLeavesExistingFilesAndNoStaging() throws IOException {
    Files.writeString(dir.resolve("analysis.json"), "old");
    try (OutputDirectory out = OutputDirectory.open(dir)) {
      Files.writeString(out.stage("analysis.json"), "new");
      Files.writeString(out.stage("explanations_shap/out.csv"), "x");
    }
    assertEquals("old", Files.readString(dir.resolve("analysis.json")));
    assertFalse(Files.exists(dir.resolve("explanations_shap")));
    try (Stream<Path> s = Files.list(dir)) {
      assertEquals(List.of(dir.resolve("analysis.json")), s.toList());
    }
  }

  @Test
  void commitMovesEveryFileAndReplacesOldOnes() throws IOException {
    Files.writeString(dir.resolve("analysis.json"), "old");
    Files.writeString(dir.resolve("keep.txt"), "mine");
    List<Path> moved;
    try (OutputDirectory out = OutputDirectory.open(dir.resolve("."))) {
      Files.writeString(out.stage("analysis.json"), "new");
      Files.writeString(out.stage("explanations_shap/out.csv"), "x");
      moved = out.commit();
    }
    assertEquals(2, moved.size());
    assertEquals("new", Files.readString(dir.resolve("analysis.json")));
    assertEquals("x", Files.readString(dir.resolve("explanations_shap/out.csv")));
    assertEquals("mine", Files.readString(dir.resolve("keep.txt")));
    try (Stream<Path> s = Files.list(dir)) {
      assertTrue(s.noneMatch(p -> p.getFileName().toString().startsWith(".fairness-tmp-")));
    }
  }

  @Test
  void commitRemovesClaimedFilesOfAnEarlierRunThatThisRunDidNotWrite() throws IOException {
    Files.writeString(dir.resolve("report.html"), "old html");
    Files.writeString(dir.resolve("report.md"), "old md");
    Files.writeString(dir.resolve("notes.html"), "not ours");
    try (OutputDirectory out = OutputDirectory.open(dir)) {
      out.claim("report.html");
      out.claim("report.md");
      Files.writeString(out.stage("report.md"), "new md");
      out.commit();
    }
    assertFalse(Files.exists(dir.resolve("report.html")));
    assertEquals("new md", Files.readString(dir.resolve("report.md")));
    assertEquals("not ours", Files.readString(dir.resolve("notes.html")));
  }

  @Test
  void claimedFilesSurviveARunThatDoesNotCommit() throws IOException {
    Files.writeString(dir.resolve("report.html"), "old html");
    try (OutputDirectory out = OutputDirectory.open(dir)) {
      out.claim("report.html");
    }
    assertEquals("old html", Files.readString(dir.resolve("report.html")));
  }
}
