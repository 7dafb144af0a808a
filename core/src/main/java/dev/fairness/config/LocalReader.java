package dev.fairness.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads and checks the {@code local} object (spec §2.4) and applies the transport flags of spec §1:
 * {@code --model-command} or {@code --endpoint-url} replace both {@code local.command} and {@code
 * local.endpoint_url}.
 */
final class LocalReader {

  private static final List<String> KEYS =
      List.of(
          "command",
          "endpoint_url",
          "framing",
          "working_dir",
          "env",
          "http_headers",
          "max_batch_records",
          "max_payload_bytes",
          "timeout_seconds",
          "startup_timeout_seconds",
          "max_retries",
          "max_concurrency",
          "pdp_max_rows",
          "shap_l1_reg");

  private static final Pattern NUM_FEATURES = Pattern.compile("num_features\\((\\d{1,9})\\)");

  private final Section local;
  private final Problems problems;

  /** Creates a reader for the {@code local} object, which may be null (absent or invalid). */
  LocalReader(Section local, Problems problems) {
    this.local = local;
    this.problems = problems;
  }

  /**
   * Returns the settings with defaults filled and the transport flags of {@code overrides} applied.
   */
  LocalConfig read(PathResolver paths, ConfigOverrides overrides) {
    LocalConfig d = LocalConfig.defaults(paths.configDir());
    List<String> command = null;
    String endpointUrl = null;
    if (local != null) {
      local.checkKeys(KEYS, List.of());
      command = command();
      endpointUrl = url(local.string("endpoint_url"), local.at("endpoint_url"));
      if (local.has("command") && local.has("endpoint_url") && !hasTransportFlag(overrides)) {
        problems.schema(local.pointer(), "command and endpoint_url are both given; keep one");
      }
    }
    if (overrides.modelCommand() != null && overrides.endpointUrl() != null) {
      problems.general(
          "--model-command and --endpoint-url cannot be given together; give one of them");
    } else if (overrides.modelCommand() != null) {
      ignoreLocalTransport("--model-command");
      command = overrides.modelCommand();
      endpointUrl = null;
      if (command.isEmpty()) {
        problems.general("--model-command: empty command; give the program and its arguments");
      }
    } else if (overrides.endpointUrl() != null) {
      ignoreLocalTransport("--endpoint-url");
      command = null;
      endpointUrl = url(overrides.endpointUrl(), null);
    }
    if (local == null) {
      return new LocalConfig(
          command,
          endpointUrl,
          d.framing(),
          d.workingDir(),
          d.env(),
          d.httpHeaders(),
          d.maxBatchRecords(),
          d.maxPayloadBytes(),
          d.timeoutSeconds(),
          d.startupTimeoutSeconds(),
          d.maxRetries(),
          d.maxConcurrency(),
          d.pdpMaxRows(),
          d.shapL1Reg());
    }
    String framing = local.enumString("framing", List.of("envelope", "lines"));
    Path workingDir = paths.resolve(local.string("working_dir"), local.at("working_dir"));
    Map<String, String> env = local.stringMap("env");
    Map<String, String> headers = local.stringMap("http_headers");
    return new LocalConfig(
        command,
        endpointUrl,
        framing == null ? d.framing() : framing,
        workingDir == null ? d.workingDir() : workingDir,
        env,
        headers,
        (int) intOr("max_batch_records", 1, d.maxBatchRecords()),
        intOr("max_payload_bytes", 1, d.maxPayloadBytes()),
        positive("timeout_seconds", d.timeoutSeconds()),
        positive("startup_timeout_seconds", d.startupTimeoutSeconds()),
        (int) intOr("max_retries", 0, d.maxRetries()),
        (int) intOr("max_concurrency", 1, d.maxConcurrency()),
        (int) intOr("pdp_max_rows", 1, d.pdpMaxRows()),
        l1Reg());
  }

  private static boolean hasTransportFlag(ConfigOverrides o) {
    return o.modelCommand() != null || o.endpointUrl() != null;
  }

  private void ignoreLocalTransport(String flag) {
    if (local == null) {
      return;
    }
    for (String key : List.of("command", "endpoint_url")) {
      if (local.has(key)) {
        local.log().info("Ignoring local." + key + ": " + flag + " given");
      }
    }
  }

  private List<String> command() {
    List<String> command = local.stringList("command");
    if (command != null && command.isEmpty()) {
      problems.schema(local.at("command"), "empty command; give the program and its arguments");
      return null;
    }
    return command;
  }

  /** Returns {@code url} when it is an http(s) URL with a host, else null after a problem. */
  private String url(String url, String pointer) {
    if (url == null) {
      return null;
    }
    boolean ok;
    try {
      URI uri = new URI(url);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      ok = (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
    } catch (URISyntaxException e) {
      ok = false;
    }
    if (!ok) {
      if (pointer == null) {
        problems.general("--endpoint-url " + url + ": not an http:// or https:// URL; give one");
      } else {
        problems.schema(pointer, "not an http:// or https:// URL: " + url);
      }
      return null;
    }
    return url;
  }

  private long intOr(String key, long min, long dflt) {
    Long v =
        local.integer(
            key, min, key.equals("max_payload_bytes") ? Long.MAX_VALUE : Integer.MAX_VALUE);
    return v == null ? dflt : v;
  }

  private double positive(String key, double dflt) {
    Double v = local.number(key);
    if (v == null) {
      return dflt;
    }
    if (!(v > 0)) {
      problems.schema(local.at(key), "must be > 0, got " + local.get(key));
      return dflt;
    }
    return v;
  }

  /**
   * Reads {@code shap_l1_reg} (spec §6.7): {@code off}, {@code aic}, {@code bic} (any case), {@code
   * num_features(K)} with K >= 1, or a positive number, returned as text.
   */
  private String l1Reg() {
    JsonNode v = local.get("shap_l1_reg");
    if (v == null) {
      return "off";
    }
    if (v.isNumber() && v.doubleValue() > 0 && Double.isFinite(v.doubleValue())) {
      return v.asText();
    }
    if (v.isTextual()) {
      String lower = v.textValue().trim().toLowerCase(Locale.ROOT);
      if (lower.equals("off") || lower.equals("aic") || lower.equals("bic")) {
        return lower;
      }
      Matcher m = NUM_FEATURES.matcher(lower);
      if (m.matches() && Integer.parseInt(m.group(1)) >= 1) {
        return "num_features(" + Integer.parseInt(m.group(1)) + ")";
      }
    }
    problems.general(
        "local.shap_l1_reg value "
            + (v.isTextual() ? v.textValue() : v.toString())
            + " is not supported");
    return null;
  }
}
