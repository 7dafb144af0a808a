package dev.fairness.mitigate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The datasets of testdata/mitigate's Fairlearn expectations, read as plain CSV (no quotes). */
final class MitigationCases {

  private MitigationCases() {}

  /** A case: data file, label column, score column and the sensitive columns. */
  record Case(String name, String file, String label, String score, List<String> sensitive) {}

  static final List<Case> CASES =
      List.of(
          new Case(
              "adult_sex", "adult_test_with_predictions.csv", "Target", "score", List.of("Sex")),
          new Case(
              "adult_sex_race",
              "adult_test_with_predictions.csv",
              "Target",
              "score",
              List.of("Sex", "Race")),
          new Case("compas_sex", "compas_decile.csv", "two_year_recid", "score", List.of("sex")),
          new Case("compas_race", "compas_decile.csv", "two_year_recid", "score", List.of("race")),
          new Case("ties_group", "ties600.csv", "label", "score", List.of("group")),
          new Case("ties_group_sub", "ties600.csv", "label", "score", List.of("group", "sub")));

  static Path testdata() {
    return Path.of(System.getProperty("testdata.dir", "../testdata"));
  }

  /** Reads a case's rows: score, label == "1", group key = sensitive values joined by ", ". */
  static GroupedScores read(Case c) throws IOException {
    List<String> lines = Files.readAllLines(testdata().resolve("datasets").resolve(c.file()));
    List<String> header = Arrays.asList(lines.get(0).split(",", -1));
    int s = header.indexOf(c.score());
    int l = header.indexOf(c.label());
    int[] k = c.sensitive().stream().mapToInt(header::indexOf).toArray();
    int n = lines.size() - 1;
    double[] score = new double[n];
    boolean[] label = new boolean[n];
    String[] keys = new String[n];
    for (int i = 0; i < n; i++) {
      String[] cells = lines.get(i + 1).split(",", -1);
      score[i] = Double.parseDouble(cells[s]);
      label[i] = cells[l].equals("1");
      List<String> parts = new ArrayList<>();
      for (int j : k) {
        parts.add(cells[j]);
      }
      keys[i] = String.join(", ", parts);
    }
    return GroupedScores.of(score, label, keys);
  }
}
