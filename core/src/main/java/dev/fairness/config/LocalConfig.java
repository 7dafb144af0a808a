package dev.fairness.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Our runtime settings, the {@code local} object (spec §2.4), with defaults filled.
 *
 * @param command argv of the model subprocess, or null
 * @param endpointUrl HTTP model URL, or null
 * @param framing {@code envelope} or {@code lines}
 * @param workingDir subprocess working directory (absolute)
 * @param env extra environment variables (insertion order)
 * @param httpHeaders extra HTTP request headers (insertion order)
 * @param maxBatchRecords most records in one request
 * @param maxPayloadBytes most UTF-8 bytes of one request body
 * @param timeoutSeconds per-request timeout
 * @param startupTimeoutSeconds time allowed for the first subprocess response
 * @param maxRetries HTTP retries
 * @param maxConcurrency HTTP requests in flight
 * @param pdpMaxRows rows used per PDP evaluation
 * @param shapL1Reg {@code off}, {@code num_features(K)}, {@code aic}, {@code bic} or a number as
 *     text
 */
public record LocalConfig(
    List<String> command,
    String endpointUrl,
    String framing,
    Path workingDir,
    Map<String, String> env,
    Map<String, String> httpHeaders,
    int maxBatchRecords,
    long maxPayloadBytes,
    double timeoutSeconds,
    double startupTimeoutSeconds,
    int maxRetries,
    int maxConcurrency,
    int pdpMaxRows,
    String shapL1Reg) {

  /** Returns the settings used when the configuration has no {@code local} object. */
  public static LocalConfig defaults(Path configDir) {
    return new LocalConfig(
        null,
        null,
        "envelope",
        configDir,
        Map.of(),
        Map.of(),
        10000,
        6291456L,
        120.0,
        120.0,
        3,
        1,
        2000,
        "off");
  }
}
