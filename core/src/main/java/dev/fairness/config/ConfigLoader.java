package dev.fairness.config;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fairness.FairnessException;
import dev.fairness.RunLog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads an analysis configuration file (spec §2) and either returns a fully valid, immutable {@link
 * AnalysisConfig} or throws one {@link ConfigException} listing every problem found.
 *
 * <p>Choices where the spec is silent: a key whose value is JSON {@code null} counts as absent; a
 * {@code pre_training_bias} / {@code post_training_bias} object without {@code methods} means
 * {@code "all"}; {@code []} for {@code facet} counts as absent; a duplicated key keeps its last
 * value (as Python's {@code json} module does); text after the top-level object is an error; the
 * {@code --dataset}, {@code --model-command}, {@code --endpoint-url} and {@code --seed} overrides
 * are applied to the returned config, so that {@link AnalysisConfig#datasetUri()}, {@link
 * LocalConfig#command()}, {@link LocalConfig#endpointUrl()} and {@link ShapConfig#seed()} are the
 * values the run uses.
 */
public final class ConfigLoader {

  static final String NOT_JSON = "Unable to load analysis configuration as JSON.";

  private ConfigLoader() {}

  /**
   * Returns the validated configuration of {@code configFile} with {@code overrides} applied;
   * throws {@link ConfigException} when the file cannot be read, is not JSON, or is invalid. Info
   * and warn lines (ignored keys, scalars read as arrays) go to {@code log}.
   */
  public static AnalysisConfig load(Path configFile, ConfigOverrides overrides, RunLog log) {
    return loadDocument(configFile, overrides, log).config();
  }

  /**
   * Returns the validated configuration together with what {@link EffectiveConfig} needs; throws
   * like {@link #load}.
   */
  public static LoadedConfig loadDocument(Path configFile, ConfigOverrides overrides, RunLog log) {
    Path file = configFile.toAbsolutePath().normalize();
    return validate(parse(file), file, overrides, log);
  }

  /** Returns the file's top-level JSON object; throws {@link ConfigException} otherwise. */
  static ObjectNode parse(Path file) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new ConfigException(
          "--config "
              + file
              + ": cannot read the file ("
              + FairnessException.ioReason(e)
              + "); check the path",
          e);
    }
    JsonNode root;
    try {
      root = JsonTree.read(bytes);
    } catch (JacksonException e) {
      throw new ConfigException(notJson(file, e), e);
    } catch (IOException e) {
      throw new ConfigException(
          file + ": " + NOT_JSON + " (" + FairnessException.ioReason(e) + ")", e);
    }
    if (root == null) {
      throw new ConfigException(file + ": " + NOT_JSON + " The file is empty.");
    }
    if (!root.isObject()) {
      throw new ConfigException(
          file
              + ": the top-level JSON value is "
              + NodeValues.typeName(root)
              + "; the configuration must be a JSON object");
    }
    return (ObjectNode) root;
  }

  /**
   * Returns {@code <file>:<line>:<column>: Unable to load analysis configuration as JSON. <what>}
   * (issue 14: the place of the error, as compilers print it).
   */
  private static String notJson(Path file, JacksonException e) {
    JsonLocation at = e.getLocation();
    String where =
        at != null && at.getLineNr() > 0
            ? file + ":" + at.getLineNr() + ":" + at.getColumnNr()
            : file.toString();
    return where + ": " + NOT_JSON + " " + FairnessException.jsonReason(e.getOriginalMessage());
  }

  /** Validates a parsed configuration; throws {@link ConfigException} listing every problem. */
  static LoadedConfig validate(ObjectNode root, Path file, ConfigOverrides overrides, RunLog log) {
    Problems problems = new Problems();
    Section top = new Section(root, "", problems, log);
    PathResolver paths = new PathResolver(file.getParent(), problems);
    DataKeysReader dataReader = new DataKeysReader(top, paths);
    DataKeys data = dataReader.read(overrides);
    DataHints hints = dataReader.hints();

    MethodsReader methodsReader;
    if (top.has("methods")) {
      methodsReader = new MethodsReader(top.object("methods"));
    } else {
      top.missing("methods");
      methodsReader = new MethodsReader(null);
    }
    MethodsConfig methods = methodsReader.read(data, paths, overrides);
    CrossFieldRules rules = new CrossFieldRules(root, problems);
    CrossFieldRules.Requested requested =
        new CrossFieldRules.Requested(
            methodsReader.requested("pre_training_bias"),
            // group metrics need what post-training bias needs: label, facets, predictions
            methodsReader.requested("post_training_bias")
                || methodsReader.requested("group_metrics"),
            methodsReader.requested("shap"),
            methodsReader.requested("pdp"));
    PredictorConfig predictor =
        new PredictorReader(top.object("predictor"), problems)
            .read(data.datasetType(), requested.modelUsed(rules.predictedLabelsInData()));
    LocalConfig local = new LocalReader(top.object("local"), problems).read(paths, overrides);
    boolean hasModel =
        overrides.modelCommand() != null
            || overrides.endpointUrl() != null
            || rules.present("/local/command")
            || rules.present("/local/endpoint_url");
    rules.check(data.datasetType(), requested, hasModel);
    if (methods.thresholds() != null) {
      rules.checkThresholdKeys();
    }
    problems.throwIfAny();

    AnalysisConfig config =
        new AnalysisConfig(
            file,
            data.datasetType(),
            data.datasetUri(),
            data.headers(),
            data.label(),
            data.predictedLabel(),
            data.features(),
            data.labelValuesOrThreshold(),
            data.probabilityThreshold(),
            data.facets(),
            data.groupVariable(),
            data.excludedColumns(),
            data.joinsource(),
            data.facetDatasetUri(),
            data.facetHeaders(),
            data.predictedLabelDatasetUri(),
            data.predictedLabelHeaders(),
            methods,
            predictor,
            local,
            data.predictedScore(),
            hints);
    Long shapSeed = methods.shap() == null ? null : methods.shap().seed();
    long seed = overrides.seed() != null ? overrides.seed() : shapSeed != null ? shapSeed : 0L;
    return new LoadedConfig(config, root, seed);
  }
}
