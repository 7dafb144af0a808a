package dev.fairness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fairness.config.ConfigSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code fairness schema}, the completion command's errors and the examples of every help page. */
class CommandHelpTest {

  @TempDir Path dir;

  @Test
  void schemaPrintsTheDraft202012SchemaOnStdout() throws IOException {
    CliRun r = CliRun.run("schema");
    assertEquals(0, r.code(), r.err());
    assertEquals(ConfigSchema.text(), r.out());
    JsonNode schema = new ObjectMapper().readTree(r.out());
    assertEquals("https://json-schema.org/draft/2020-12/schema", schema.get("$schema").asText());
    assertTrue(schema.get("properties").has("dataset_type"));
  }

  @Test
  void configWithSchemaKeyValidates() throws IOException {
    Path cfg = dir.resolve("c.json");
    Files.writeString(
        cfg,
        "{\"$schema\": \"./analysis-config.schema.json\", \"dataset_type\": \"text/csv\","
            + " \"dataset_uri\": \"d.csv\", \"label\": \"y\", \"predicted_label\": \"p\","
            + " \"label_values_or_threshold\": [1], \"facet\": [{\"name_or_index\": \"s\"}],"
            + " \"methods\": {\"pre_training_bias\": {\"methods\": \"all\"}}}");
    CliRun r = CliRun.run("validate", "--config", cfg.toString());
    assertEquals(0, r.code(), r.err());
  }

  @Test
  void unknownShellIsAUsageError() {
    CliRun r = CliRun.run("completion", "fish");
    assertEquals(2, r.code());
    assertTrue(r.err().startsWith("fairness: error: unknown shell 'fish'; give bash or zsh"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"analyze", "validate", "compare", "schema", "completion"})
  void everyCommandsHelpEndsWithExamples(String command) {
    CliRun r = CliRun.run(command, "--help");
    assertEquals(0, r.code(), r.err());
    int at = r.out().indexOf("\nExamples:\n");
    assertTrue(at > 0, r.out());
    String examples = r.out().substring(at);
    assertTrue(examples.contains("  # "), examples);
    assertTrue(examples.contains("  fairness " + command), examples);
    // no example is wrapped: every line is indented and fits the 80-column usage width
    for (String line : examples.strip().lines().skip(1).toList()) {
      assertTrue(line.startsWith("  ") && line.length() <= 80, "wrapped or too long: " + line);
      // a comment line ends with ':', a command line does not
      assertEquals(line.startsWith("  # "), line.endsWith(":"), line);
    }
  }
}
