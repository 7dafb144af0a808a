package dev.fairness.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The JSON Schema (draft 2020-12) of the analysis configuration, {@code
 * analysis-config.schema.json} beside this class: what {@code fairness schema} prints and editors
 * use. It describes the keys and value types {@link ConfigLoader} accepts; the cross-field rules (a
 * label for CSV, a model for SHAP, …) stay with the loader.
 */
public final class ConfigSchema {

  /** The top-level key naming the schema a configuration follows; accepted and ignored. */
  public static final String SCHEMA_KEY = "$schema";

  /** The schema's resource name, next to this class. */
  static final String RESOURCE = "analysis-config.schema.json";

  private ConfigSchema() {}

  /** Returns the schema as UTF-8 JSON text, ending with a newline. */
  public static String text() {
    try (InputStream in = ConfigSchema.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return text.endsWith("\n") ? text : text + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
