package dev.fairness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14, item 10 on the real jar: {@code compare} on output directories, {@code --assert} typos
 * (exit 2 with the grammar, a did-you-mean and what the run has), no Java class name in any error,
 * bad JSON named by {@code file:line:column}, and the {@code small-group} / {@code nan-group}
 * findings carried by stdout, analysis.json, the reports, {@code --strict} and JUnit.
 */
@Tag("slow")
class MessagesIT {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static final String FORM =
      "use the form [lower(|upper(][abs(]pre|post|group.METRIC[@FACET[=GROUP]][)][)][[MODEL]] OP NUMBER with OP one of <, <=,"
          + " >, >=, ==, !=, e.g. \"abs(post.DPPL) <= 0.1\"";

  @TempDir Path tmp;

  private record Run(int code, String out, String err) {
    /** Returns the last stderr line (the error line of a failed run). */
    String errorLine() {
      String[] lines = err.strip().split("\n");
      return lines[lines.length - 1];
    }
  }

  private Path config(Consumer<ObjectNode> change) throws IOException {
    ObjectNode c = JSON.createObjectNode();
    c.put("dataset_type", "text/csv");
    c.put(
        "dataset_uri",
        CliRun.testdata().resolve("surprises").resolve("compas_like.csv").toString());
    c.put("label", "two_year_recid");
    c.putArray("label_values_or_threshold").add(1);
    c.put("predicted_label", "is_recid");
    c.putArray("facet").addObject().put("name_or_index", "race");
    ObjectNode m = c.putObject("methods");
    m.putObject("pre_training_bias").putArray("methods").add("DPL");
    m.putObject("post_training_bias").putArray("methods").add("DI");
    change.accept(c);
    Path p = Files.createTempFile(tmp, "config", ".json");
    JSON.writeValue(p.toFile(), c);
    return p;
  }

  private Run jar(String... args) throws Exception {
    JarRun r = JarRun.start(tmp.resolve("logs"), List.of(), Map.of(), args);
    int code = r.waitFor(120);
    return new Run(code, r.stdout(), r.stderr());
  }

  private Run analyze(Path config, Path out, String... extra) throws Exception {
    List<String> args = new ArrayList<>(List.of("analyze", "--config", config.toString()));
    args.addAll(List.of("--output", out.toString()));
    args.addAll(List.of(extra));
    return jar(args.toArray(String[]::new));
  }

  /** compare takes the --output directories of two runs; a directory without one is exit 2. */
  @Test
  void compareAcceptsOutputDirectories() throws Exception {
    Path cfg = config(c -> {});
    assertEquals(0, analyze(cfg, tmp.resolve("run1")).code());
    assertEquals(0, analyze(cfg, tmp.resolve("run2")).code());
    Run r =
        jar(
            "compare",
            "--baseline",
            tmp.resolve("run1").toString(),
            "--current",
            tmp.resolve("run2").toString(),
            "--max-change",
            "0");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("DI"), r.out());
    Path empty = Files.createDirectories(tmp.resolve("empty"));
    Run bad =
        jar("compare", "--baseline", empty.toString(), "--current", tmp.resolve("run2").toString());
    assertEquals(2, bad.code(), bad.err());
    assertEquals(
        "fairness: error: --baseline "
            + empty
            + ": directory has no analysis.json; give an analyze --output directory or the path"
            + " of an analysis.json file",
        bad.errorLine());
  }

  /** Typos in the operator or the metric are exit 2 before the analysis, with a suggestion. */
  @Test
  void assertTyposAreExit2WithTheGrammar() throws Exception {
    Path cfg = config(c -> {});
    Path out = tmp.resolve("out");
    String[][] cases = {
      {"pre.DPL => 0.1", "=> is not an operator; did you mean >=?"},
      {
        "pre.DPPL <= 0.1",
        "DPPL is a post-training metric; did you mean post.DPPL?; pre-training metrics: CI, DPL,"
            + " KL, JS, LP, TVD, KS, CDDL"
      },
      {
        "pre.dpl <= 0.1",
        "metric names are upper case; did you mean pre.DPL?; pre-training metrics: CI, DPL, KL,"
            + " JS, LP, TVD, KS, CDDL"
      },
    };
    for (String[] c : cases) {
      Run r = analyze(cfg, out, "--assert", c[0]);
      assertEquals(2, r.code(), r.err());
      assertEquals(
          "fairness: error: --assert " + c[0] + ": invalid assertion, " + c[1] + "; " + FORM,
          r.errorLine());
      assertFalse(Files.exists(out.resolve("analysis.json")));
    }
  }

  /** A facet or group that the run does not have is exit 2 after it, naming what it has. */
  @Test
  void assertOnUnknownFacetOrGroupIsExit2AfterTheRun() throws Exception {
    Path cfg = config(c -> {});
    Path out = tmp.resolve("out");
    Run facet = analyze(cfg, out, "--assert", "post.DI@racex=Other >= 0.8");
    assertEquals(2, facet.code(), facet.err());
    assertEquals(
        "fairness: error: --assert post.DI@racex=Other >= 0.8: matches nothing in this run, facet"
            + " racex not found; did you mean race?; facets of the run: race; "
            + FORM
            + "; the analysis finished, outputs written",
        facet.errorLine());
    assertTrue(Files.exists(out.resolve("analysis.json")));
    assertTrue(facet.out().contains("post  race=Other  DI  "), facet.out());
    Run group = analyze(cfg, out, "--assert", "post.DI@race=Othr >= 0.8");
    assertEquals(2, group.code(), group.err());
    assertEquals(
        "fairness: error: --assert post.DI@race=Othr >= 0.8: matches nothing in this run, group"
            + " Othr not found in facet race; did you mean Other?; groups of race: Caucasian,"
            + " African-American, Other, Hispanic; "
            + FORM
            + "; the analysis finished, outputs written",
        group.errorLine());
    Run metric = analyze(cfg, out, "--assert", "post.DPPL@race <= 0.1");
    assertEquals(2, metric.code(), metric.err());
    assertTrue(
        metric
            .errorLine()
            .startsWith(
                "fairness: error: --assert post.DPPL@race <= 0.1: matches nothing in this run,"
                    + " metric DPPL was not computed (methods.post_training_bias.methods); metrics"
                    + " of the run: DI; "),
        metric.errorLine());
  }

  /** Bad input of every kind: one error line, never a Java class name or stack trace. */
  @Test
  void noJavaClassNameInAnyError() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("adir"));
    Path cfg = config(c -> {});
    Path badJson = Files.writeString(tmp.resolve("bad.json"), "{\n  \"label\": ,\n}\n");
    Path notUtf8 = Files.write(tmp.resolve("latin1.txt"), new byte[] {'p', 'r', 'e', (byte) 0xE9});
    Path dataDir = config(c -> c.put("dataset_uri", dir.toString()));
    Path modelCfg =
        config(
            c -> {
              c.remove("predicted_label");
              c.putObject("local").put("endpoint_url", "http://127.0.0.1:1/invocations");
            });
    Path out = tmp.resolve("out");
    String[][] runs = {
      {"analyze", "--config", dir.toString(), "--output", out.toString()},
      {"analyze", "--config", tmp.resolve("missing.json").toString()},
      {"analyze", "--config", badJson.toString()},
      {
        "analyze",
        "--config",
        cfg.toString(),
        "--output",
        out.toString(),
        "--thresholds",
        dir.toString()
      },
      {
        "analyze",
        "--config",
        cfg.toString(),
        "--output",
        out.toString(),
        "--thresholds",
        notUtf8.toString()
      },
      {"analyze", "--config", dataDir.toString(), "--output", out.toString()},
      {"analyze", "--config", cfg.toString(), "--output", out.toString(), "--seed", "x1"},
      {"compare", "--baseline", badJson.toString(), "--current", badJson.toString()},
      {"compare", "--baseline", dir.toString(), "--current", dir.toString()},
      {
        "compare",
        "--baseline",
        tmp.resolve("none.json").toString(),
        "--current",
        badJson.toString()
      },
      {
        "apply-thresholds",
        "--thresholds",
        dir.toString(),
        "--dataset",
        dir.toString(),
        "--output",
        tmp.resolve("p.csv").toString()
      },
      {
        "apply-thresholds",
        "--thresholds",
        badJson.toString(),
        "--dataset",
        dir.toString(),
        "--output",
        tmp.resolve("p.csv").toString()
      },
      {"trend", dir.toString(), "--output", tmp.resolve("t").toString()},
      {"validate", "--config", badJson.toString()},
      {"analyze", "--config", cfg.toString(), "--output", badJson.resolve("x").toString()},
      {"analyze", "--config", modelCfg.toString(), "--output", out.toString()},
      {
        "analyze",
        "--config",
        cfg.toString(),
        "--output",
        out.toString(),
        "--mlflow=http://127.0.0.1:1",
        "--strict"
      },
    };
    for (String[] args : runs) {
      Run r = jar(args);
      String cmd = String.join(" ", args);
      assertTrue(r.code() >= 2 && r.code() <= 4, cmd + " exit " + r.code() + ": " + r.err());
      assertEquals(
          1,
          r.err().lines().filter(l -> l.startsWith("fairness: error: ")).count(),
          cmd + ": " + r.err());
      assertFalse(r.err().contains("Exception"), cmd + ": " + r.err());
      assertFalse(r.err().contains("java."), cmd + ": " + r.err());
      assertFalse(r.err().contains("\tat "), cmd + ": " + r.err());
    }
    Path unclosed = Files.writeString(tmp.resolve("unclosed.csv"), "race,x\nA,\"open\n");
    Run quote = analyze(config(c -> c.put("dataset_uri", unclosed.toString())), out);
    assertEquals(3, quote.code(), quote.err());
    assertEquals(
        "fairness: error: "
            + unclosed
            + ":2: a quoted field is not closed before the end of the file; close or remove the"
            + " quote",
        quote.errorLine());
  }

  /** Bad JSON names the file, line and column, for a config, an analysis.json and a dataset. */
  @Test
  void badJsonNamesFileLineAndColumn() throws Exception {
    Path bad = Files.writeString(tmp.resolve("analysis.json"), "{\n  \"a\": 1,\n  \"b\": tru\n}\n");
    Run config = jar("analyze", "--config", bad.toString());
    assertEquals(2, config.code(), config.err());
    assertTrue(
        config.errorLine().startsWith("fairness: error: " + bad + ":3:"), config.errorLine());
    assertTrue(
        config.errorLine().contains(": Unable to load analysis configuration as JSON. "),
        config.errorLine());
    Run compare = jar("compare", "--baseline", bad.toString(), "--current", bad.toString());
    assertEquals(3, compare.code(), compare.err());
    assertTrue(
        compare.errorLine().startsWith("fairness: error: " + bad + ":3:")
            && compare.errorLine().contains(": not valid JSON: "),
        compare.errorLine());
    Path lines = Files.writeString(tmp.resolve("data.jsonl"), "{\"f\":[1],\"y\":1}\n{\"f\":[2],\n");
    Path cfg =
        config(
            c -> {
              c.put("dataset_type", "application/jsonlines");
              c.put("dataset_uri", lines.toString());
              c.put("features", "f");
              c.put("label", "y");
              c.remove("predicted_label");
              c.putArray("headers").add("race").add("y");
              c.remove("methods");
              c.putObject("methods").putObject("pre_training_bias").put("methods", "all");
            });
    Run data = analyze(cfg, tmp.resolve("out"));
    assertEquals(3, data.code(), data.err());
    assertTrue(
        data.errorLine().startsWith("fairness: error: " + lines + ":2:")
            && data.errorLine().contains(": not valid JSON: "),
        data.errorLine());
  }

  private Path smallData() throws IOException {
    StringBuilder b = new StringBuilder("race,flag,site,label,pred\n");
    for (int i = 0; i < 60; i++) {
      String race = i < 36 ? "A" : i < 48 ? "B" : i < 55 ? "C" : "Other";
      String flag = i == 3 ? "" : i % 2 == 0 ? "True" : "False";
      b.append(race).append(',').append(flag).append(',').append(i < 50 ? "X," : "Y,");
      b.append(i % 3 == 0 ? 1 : 0).append(',').append(i % 4 == 0 ? 1 : 0).append('\n');
    }
    return Files.writeString(tmp.resolve("small.csv"), b.toString());
  }

  /** Groups under 30 rows and the boolean nan group are findings every output carries. */
  @Test
  void smallAndNanGroupsAreFindings() throws Exception {
    Path data = smallData();
    Path cfg =
        config(
            c -> {
              c.put("dataset_uri", data.toString());
              c.put("label", "label");
              c.put("predicted_label", "pred");
              ObjectNode f = (ObjectNode) c.get("facet").get(0);
              f.putArray("value_or_threshold").add("Other");
              c.withArray("facet").addObject().put("name_or_index", "flag");
              ObjectNode site = c.withArray("facet").addObject();
              site.put("name_or_index", "site");
              site.putArray("value_or_threshold").add("X");
              ((ObjectNode) c.get("methods")).putObject("group_metrics");
            });
    Path out = tmp.resolve("out");
    Run r = analyze(cfg, out);
    assertEquals(0, r.code(), r.err());
    String other =
        "facet[0]: group race=Other has 5 rows, fewer than 30: its metrics vary a lot from sample"
            + " to sample (a share of 5 rows is uncertain by up to ±0.44 at 95 %); collect more"
            + " data or merge groups; methods.confidence shows each metric's interval";
    assertTrue(r.out().contains("warning  small-group  " + other), r.out());
    assertTrue(r.err().contains(" WARN " + other), r.err());
    // group metrics partition race into A, B, C, Other: B and C are small too, A (36) is not
    assertTrue(r.out().contains("small-group  facet[0]: group race=B has 12 rows"), r.out());
    assertTrue(r.out().contains("small-group  facet[0]: group race=C has 7 rows"), r.out());
    assertFalse(r.out().contains("group race=A has"), r.out());
    // a group of 50 rows compared with a rest of 10
    assertTrue(
        r.out()
            .contains(
                "small-group  facet[2]: the rest of group site=X (the rows it is compared with) has"
                    + " 10 rows, fewer than 30: "),
        r.out());
    String nan =
        "facet[1]: Facet flag is boolean with 1 missing cells: as in smclarify they add a group"
            + " nan, which holds the 30 rows with True (Python's bool(nan) is True); give"
            + " value_or_threshold to choose the groups, or fill the missing cells";
    assertTrue(r.out().contains("warning  nan-group  " + nan), r.out());
    JsonNode warnings = JSON.readTree(out.resolve("analysis.json").toFile()).get("warnings");
    List<String> codes = new ArrayList<>();
    warnings.forEach(w -> codes.add(w.get("code").asText()));
    assertTrue(codes.contains("small-group") && codes.contains("nan-group"), codes.toString());
    String html = Files.readString(out.resolve("report.html"));
    String md = Files.readString(out.resolve("report.md"));
    assertTrue(html.contains("group race=Other has 5 rows"), "html");
    assertTrue(md.contains("group race=Other has 5 rows"), "md");
    assertTrue(html.contains("Facet flag is boolean with 1 missing cells"), "html");

    Run dry = jar("validate", "--config", cfg.toString(), "--data");
    assertEquals(0, dry.code(), dry.err());
    assertTrue(dry.out().contains("warning  small-group  " + other), dry.out());

    Path junit = tmp.resolve("junit.xml");
    Run strict = analyze(cfg, out, "--strict", "--junit", junit.toString());
    assertEquals(5, strict.code(), strict.err());
    assertTrue(strict.errorLine().startsWith("fairness: error: --strict: "), strict.err());
    String xml = Files.readString(junit);
    assertTrue(
        xml.contains("<testcase classname=\"fairness.warnings\" name=\"small-group@facet[0]\""),
        xml);
    assertTrue(
        xml.contains("<testcase classname=\"fairness.warnings\" name=\"nan-group@facet[1]\""), xml);
  }
}
