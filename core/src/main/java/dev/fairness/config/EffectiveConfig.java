package dev.fairness.config;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the effective configuration, {@code analysis_config.json} of spec §9.1: the input with
 * every default filled in, paths absolute, the transport flags applied but {@code local} omitted.
 *
 * <p>Keys follow the order of spec §2.2 (and of the tables of §2.3–§2.6, §6.1, §7), so the output
 * is deterministic. Choices: metric lists are written expanded (never {@code "all"}); {@code
 * probability_threshold} is written only when given, because its absence changes how scores become
 * labels (§8.4 rule T); an inline baseline is written as given (JSON Lines objects stay objects);
 * SageMaker-only predictor keys, being ignored, are not written; {@code methods.shap.seed} is the
 * run's seed; {@code num_clusters} is the configured or the chosen one and absent with an explicit
 * baseline.
 */
public final class EffectiveConfig {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private EffectiveConfig() {}

  /**
   * Returns the effective configuration as a JSON object; {@code chosenNumClusters} is the number
   * of clusters the auto-baseline picked (§6.2), or null when no baseline was computed.
   */
  public static ObjectNode toJson(LoadedConfig loaded, Integer chosenNumClusters) {
    AnalysisConfig c = loaded.config();
    ObjectNode out = NODES.objectNode();
    JsonNode version = loaded.source().get("version");
    out.put("version", version != null && version.isTextual() ? version.textValue() : "1.0");
    out.put("dataset_type", c.datasetType());
    putPath(out, "dataset_uri", c.datasetUri());
    putStrings(out, "headers", c.headers());
    putRef(out, "label", c.label());
    putRef(out, "predicted_label", c.predictedLabel());
    putRef(out, "predicted_score", c.predictedScore());
    if (c.features() != null) {
      out.put("features", c.features());
    }
    if (!c.labelValuesOrThreshold().isEmpty()) {
      out.set("label_values_or_threshold", values(c.labelValuesOrThreshold()));
    }
    if (c.probabilityThreshold() != null) {
      out.put("probability_threshold", c.probabilityThreshold());
    }
    if (!c.facets().isEmpty()) {
      ArrayNode facets = out.putArray("facet");
      for (FacetConfig f : c.facets()) {
        ObjectNode facet = facets.addObject();
        if (f.intersectional()) {
          facet.set("name_or_index", refs(f.members()));
          ArrayNode combos = facet.putArray("value_or_threshold");
          f.combinations().forEach(combo -> combos.add(values(combo)));
          continue;
        }
        putRef(facet, "name_or_index", f.nameOrIndex());
        facet.set("value_or_threshold", values(f.valueOrThreshold()));
      }
    }
    putRef(out, "group_variable", c.groupVariable());
    out.set("excluded_columns", refs(c.excludedColumns()));
    putRef(out, "joinsource_name_or_index", c.joinsource());
    putPath(out, "facet_dataset_uri", c.facetDatasetUri());
    putStrings(out, "facet_headers", c.facetHeaders());
    putPath(out, "predicted_label_dataset_uri", c.predictedLabelDatasetUri());
    putStrings(out, "predicted_label_headers", c.predictedLabelHeaders());
    out.set("methods", methods(loaded, chosenNumClusters));
    out.set("predictor", predictor(c.predictor()));
    return out;
  }

  /** Returns {@link #toJson} as text: 4-space indent, {@code "key": value}, final newline. */
  public static String toText(LoadedConfig loaded, Integer chosenNumClusters) {
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter()
            .withSeparators(
                Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                    .withArrayEmptySeparator("")
                    .withObjectEmptySeparator(""));
    DefaultIndenter indenter = new DefaultIndenter("    ", "\n");
    printer.indentObjectsWith(indenter);
    printer.indentArraysWith(indenter);
    try {
      return JsonTree.write(toJson(loaded, chosenNumClusters), printer.createInstance()) + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ObjectNode methods(LoadedConfig loaded, Integer chosenNumClusters) {
    MethodsConfig m = loaded.config().methods();
    ObjectNode out = NODES.objectNode();
    if (m.preTraining() != null) {
      out.putObject("pre_training_bias").set("methods", strings(m.preTraining()));
    }
    if (m.postTraining() != null) {
      out.putObject("post_training_bias").set("methods", strings(m.postTraining()));
    }
    if (m.groupMetrics() != null) {
      out.putObject("group_metrics").set("metrics", strings(m.groupMetrics()));
    }
    ShapConfig s = m.shap();
    if (s != null) {
      ObjectNode shap = out.putObject("shap");
      if (s.baselineFile() != null) {
        shap.put("baseline", s.baselineFile().toString());
      } else if (s.baselineRows() != null) {
        shap.set("baseline", loaded.source().at("/methods/shap/baseline").deepCopy());
      }
      Integer clusters = s.numClusters() != null ? s.numClusters() : chosenNumClusters;
      if (clusters != null && s.baselineFile() == null && s.baselineRows() == null) {
        shap.put("num_clusters", clusters);
      }
      if (s.numSamples() != null) {
        shap.put("num_samples", s.numSamples());
      } else {
        shap.put("num_samples", "auto");
      }
      shap.put("agg_method", s.aggMethod());
      shap.put("use_logit", s.useLogit());
      shap.put("save_local_shap_values", s.saveLocalShapValues());
      shap.put("seed", loaded.seed());
      if (!s.featuresToExplain().isEmpty()) {
        shap.set("features_to_explain", refs(s.featuresToExplain()));
      }
    }
    PdpConfig p = m.pdp();
    if (p != null) {
      ObjectNode pdp = out.putObject("pdp");
      pdp.put("grid_resolution", p.gridResolution());
      if (!p.features().isEmpty()) {
        pdp.set("features", refs(p.features()));
      }
      pdp.put("top_k_features", p.topKFeatures());
    }
    ThresholdsConfig t = m.thresholds();
    if (t != null) {
      ObjectNode thresholds = out.putObject("thresholds");
      thresholds.set("constraints", strings(t.constraints()));
      thresholds.put("objective", t.objective());
      thresholds.put("grid_size", t.gridSize());
    }
    ObjectNode report = out.putObject("report");
    report.put("name", m.report().name());
    report.put("title", m.report().title());
    return out;
  }

  private static ObjectNode predictor(PredictorConfig p) {
    ObjectNode out = NODES.objectNode();
    out.put("content_type", p.contentType());
    out.put("accept_type", p.acceptType());
    putString(out, "content_template", p.contentTemplate());
    putString(out, "record_template", p.recordTemplate());
    putRef(out, "label", p.label());
    putRef(out, "probability", p.probability());
    if (p.labelHeaders() != null) {
      out.set("label_headers", values(p.labelHeaders()));
    }
    putString(out, "custom_attributes", p.customAttributes());
    putString(out, "target_model", p.targetModel());
    return out;
  }

  private static void putString(ObjectNode out, String key, String value) {
    if (value != null) {
      out.put(key, value);
    }
  }

  private static void putPath(ObjectNode out, String key, Path path) {
    if (path != null) {
      out.put(key, path.toString());
    }
  }

  private static void putStrings(ObjectNode out, String key, List<String> list) {
    if (list != null) {
      out.set(key, strings(list));
    }
  }

  private static void putRef(ObjectNode out, String key, ColumnRef ref) {
    if (ref != null) {
      out.set(key, ref(ref));
    }
  }

  private static JsonNode ref(ColumnRef ref) {
    return ref.isIndex() ? NODES.numberNode(ref.index()) : NODES.textNode(ref.name());
  }

  private static ArrayNode refs(List<ColumnRef> list) {
    ArrayNode a = NODES.arrayNode();
    list.forEach(r -> a.add(ref(r)));
    return a;
  }

  private static ArrayNode strings(List<String> list) {
    ArrayNode a = NODES.arrayNode();
    list.forEach(a::add);
    return a;
  }

  /** Returns a JSON array of JSON-typed values (Long, Double, String, Boolean, null). */
  private static ArrayNode values(List<Object> list) {
    ArrayNode a = NODES.arrayNode();
    for (Object v : list) {
      if (v instanceof Long l) {
        a.add(l);
      } else if (v instanceof Double d) {
        a.add(d);
      } else if (v instanceof Boolean b) {
        a.add(b);
      } else if (v == null) {
        a.addNull();
      } else {
        a.add(v.toString());
      }
    }
    return a;
  }
}
