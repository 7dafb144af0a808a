package dev.fairness.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fairness.RunLog;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads the models of a multi-model run (issue 19): the {@code models} key of the configuration or
 * the {@code --model} flags, each turned into the single-model configuration a run of that model
 * alone would read. A model's keys replace the top-level ones: when it names a prediction source
 * ({@code predicted_label}, {@code predicted_score}, {@code command}, {@code endpoint_url}, or
 * {@code local.command} / {@code local.endpoint_url}) every top-level source is dropped first;
 * {@code predictor} replaces the top-level object; {@code local} keys are merged over it.
 */
public final class ModelConfigs {

  /** The keys a {@code models[i]} object may carry. */
  static final List<String> MODEL_KEYS =
      List.of(
          "name",
          "predicted_label",
          "predicted_score",
          "probability_threshold",
          "command",
          "endpoint_url",
          "predictor",
          "local");

  private static final List<String> SOURCES =
      List.of("predicted_label", "predicted_score", "command", "endpoint_url");

  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

  private static final String FLAG_FORM =
      "use NAME=column:COLUMN, NAME=cmd:\"CMD ARGS\" or NAME=url:URL";

  private ModelConfigs() {}

  /**
   * Returns the models of {@code configFile}, or null when it has no {@code models} key and {@code
   * flags} is empty (a single-model run). {@code flags} ({@code --model}, in order) replace the
   * key's list. Throws {@link ConfigException} (exit 2) naming {@code models[i]} or the flag for a
   * bad entry, and for a derived configuration that does not validate.
   */
  public static ModelSet load(
      Path configFile, List<String> flags, ConfigOverrides overrides, RunLog log) {
    Path file = configFile.toAbsolutePath().normalize();
    ObjectNode root = ConfigLoader.parse(file);
    JsonNode listed = root.get("models");
    boolean fromFlags = flags != null && !flags.isEmpty();
    if (!fromFlags && (listed == null || listed.isNull())) {
      if (root.hasNonNull("comparison")) {
        throw new ConfigException(
            "comparison: given without models; add a models list or --model, or remove it");
      }
      return null;
    }
    if (overrides.modelCommand() != null || overrides.endpointUrl() != null) {
      throw new ConfigException(
          (overrides.modelCommand() != null ? "--model-command" : "--endpoint-url")
              + ": cannot be combined with models; give that model as --model NAME=cmd:\"...\" or"
              + " NAME=url:URL");
    }
    List<ObjectNode> entries = fromFlags ? fromFlags(flags) : fromKey(listed);
    List<String> where = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      where.add(fromFlags ? "--model " + flags.get(i) : "models[" + i + "]");
    }
    checkNames(entries, where, fromFlags);
    List<NamedModel> models = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      ObjectNode derived = derive(root, entries.get(i));
      String name = entries.get(i).get("name").asText();
      LoadedConfig loaded;
      try {
        loaded = ConfigLoader.validate(derived, file, overrides, i == 0 ? log : RunLog.silent());
      } catch (ConfigException e) {
        throw new ConfigException(
            where.get(i) + " (model " + name + "): " + e.getMessage(), e.details(), e);
      }
      models.add(new NamedModel(name, loaded, derived));
    }
    ComparisonConfig comparison =
        ComparisonReader.read(root.get("comparison"), models.get(0).loaded().config());
    return new ModelSet(models, comparison);
  }

  /** Returns the model objects of the {@code --model} flags. */
  private static List<ObjectNode> fromFlags(List<String> flags) {
    List<ObjectNode> out = new ArrayList<>();
    for (String flag : flags) {
      int eq = flag.indexOf('=');
      int colon = eq < 0 ? -1 : flag.indexOf(':', eq);
      if (eq < 1 || colon < 0) {
        throw new ConfigException("--model " + flag + ": not NAME=KIND:VALUE; " + FLAG_FORM);
      }
      String kind = flag.substring(eq + 1, colon);
      String value = flag.substring(colon + 1);
      ObjectNode m = JsonNodeFactory.instance.objectNode();
      m.put("name", flag.substring(0, eq));
      switch (kind) {
        case "column" -> m.put("predicted_label", value);
        case "url" -> m.put("endpoint_url", value);
        case "cmd" -> {
          ArrayNode words = m.putArray("command");
          ShellWords.split(value).forEach(words::add);
          if (words.isEmpty()) {
            throw new ConfigException("--model " + flag + ": empty command; " + FLAG_FORM);
          }
        }
        default ->
            throw new ConfigException(
                "--model " + flag + ": unknown kind '" + kind + "'; " + FLAG_FORM);
      }
      if (value.isEmpty()) {
        throw new ConfigException(
            "--model " + flag + ": nothing after " + kind + ":; " + FLAG_FORM);
      }
      out.add(m);
    }
    return out;
  }

  /** Returns the objects of the {@code models} key after checking their shape and keys. */
  private static List<ObjectNode> fromKey(JsonNode listed) {
    if (!listed.isArray() || listed.isEmpty()) {
      throw new ConfigException(
          "models: must be a non-empty array of model objects, e.g. [{\"name\": \"lr\","
              + " \"predicted_label\": \"pred_lr\"}]");
    }
    List<ObjectNode> out = new ArrayList<>();
    for (int i = 0; i < listed.size(); i++) {
      JsonNode m = listed.get(i);
      if (!m.isObject()) {
        throw new ConfigException(
            "models[" + i + "]: must be an object with a name and a prediction source");
      }
      for (Iterator<String> keys = m.fieldNames(); keys.hasNext(); ) {
        String key = keys.next();
        if (!MODEL_KEYS.contains(key)) {
          throw new ConfigException(
              "models["
                  + i
                  + "]."
                  + key
                  + ": unknown key"
                  + DidYouMean.hint(key, MODEL_KEYS)
                  + "; allowed keys are "
                  + String.join(", ", MODEL_KEYS));
        }
      }
      out.add((ObjectNode) m);
    }
    return out;
  }

  /** Checks that every name is present, safe as a directory name, and unique ignoring case. */
  private static void checkNames(List<ObjectNode> entries, List<String> where, boolean flags) {
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < entries.size(); i++) {
      JsonNode n = entries.get(i).get("name");
      String at = flags ? where.get(i) : where.get(i) + ".name";
      if (n == null || !n.isTextual()) {
        throw new ConfigException(at + ": required string is missing; give the model a name");
      }
      String name = n.asText();
      if (!NAME.matcher(name).matches()) {
        throw new ConfigException(
            at
                + ": \""
                + name
                + "\" is not a safe directory name; use 1 to 64 letters, digits, '.', '_' or '-',"
                + " starting with a letter or digit");
      }
      Integer before = seen.putIfAbsent(name.toLowerCase(Locale.ROOT), i);
      if (before != null) {
        throw new ConfigException(
            at
                + ": \""
                + name
                + "\" is already the name of "
                + where.get(before)
                + " (names are compared ignoring case); give each model its own name");
      }
    }
  }

  /** Returns the single-model configuration of one model: {@code root} with its keys applied. */
  static ObjectNode derive(ObjectNode root, ObjectNode model) {
    ObjectNode d = root.deepCopy();
    d.remove("models");
    d.remove("comparison");
    JsonNode local = model.get("local");
    boolean source = false;
    for (String k : SOURCES) {
      source |= model.hasNonNull(k);
    }
    source |= local != null && (local.hasNonNull("command") || local.hasNonNull("endpoint_url"));
    ObjectNode dl = d.get("local") instanceof ObjectNode o ? o : null;
    if (source) {
      for (String k : List.of("predicted_label", "predicted_score")) {
        if (!model.has(k)) {
          d.remove(k);
        }
      }
      if (dl != null) {
        dl.remove("command");
        dl.remove("endpoint_url");
      }
    }
    for (String k : List.of("predicted_label", "predicted_score", "probability_threshold")) {
      if (model.has(k)) {
        d.set(k, model.get(k).deepCopy());
      }
    }
    if (model.has("predictor")) {
      d.set("predictor", model.get("predictor").deepCopy());
    }
    boolean localKeys = local != null || model.has("command") || model.has("endpoint_url");
    if (localKeys && dl == null) {
      dl = d.putObject("local");
    }
    if (local instanceof ObjectNode lo) {
      lo.fields().forEachRemaining(e -> d.with("local").set(e.getKey(), e.getValue().deepCopy()));
    } else if (local != null) {
      d.set("local", local.deepCopy()); // not an object: the loader names the problem
    }
    for (String k : List.of("command", "endpoint_url")) {
      JsonNode v = model.get(k);
      if (v != null && k.equals("command") && v.isTextual()) {
        ArrayNode words = JsonNodeFactory.instance.arrayNode();
        ShellWords.split(v.asText()).forEach(words::add);
        v = words; // "python gbm.py": split like --model-command
      }
      if (v != null) {
        ((ObjectNode) d.get("local")).set(k, v.deepCopy());
      }
    }
    if (d.get("local") instanceof ObjectNode l && l.isEmpty()) {
      d.remove("local");
    }
    return d;
  }
}
