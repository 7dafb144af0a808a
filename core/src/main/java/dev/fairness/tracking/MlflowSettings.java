package dev.fairness.tracking;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Map;

/**
 * Where and how to log, from {@code --mlflow[=URI]} and the variables MLflow's own clients read:
 * {@code MLFLOW_TRACKING_URI}, {@code MLFLOW_EXPERIMENT_NAME}, {@code MLFLOW_EXPERIMENT_ID}, {@code
 * MLFLOW_RUN_ID}, {@code MLFLOW_TRACKING_TOKEN} (bearer token) or {@code MLFLOW_TRACKING_USERNAME}
 * and {@code MLFLOW_TRACKING_PASSWORD} (basic authentication).
 *
 * @param trackingUri the server's base URL (http or https), without a trailing slash
 * @param experimentName experiment to log to by name (created when missing), or null
 * @param experimentId experiment to log to by id, or null (then the name, else MLflow's default
 *     experiment {@code 0})
 * @param runId an existing run to join, or null to create one
 * @param token bearer token, or null
 * @param username basic-authentication user, or null
 * @param password basic-authentication password, or null
 */
public record MlflowSettings(
    URI trackingUri,
    String experimentName,
    String experimentId,
    String runId,
    String token,
    String username,
    String password) {

  /** The variable naming the tracking server. */
  public static final String TRACKING_URI = "MLFLOW_TRACKING_URI";

  /**
   * Returns the settings, or null when tracking is off: no {@code --mlflow} ({@code enabled} false)
   * and no {@code MLFLOW_TRACKING_URI}. {@code uri} is the value of {@code --mlflow=URI}, or null.
   * Throws {@link TrackingException} when the URI is missing or not an http(s) URL.
   */
  public static MlflowSettings resolve(boolean enabled, String uri, Map<String, String> env) {
    String raw = uri != null ? uri : blankToNull(env.get(TRACKING_URI));
    if (!enabled && raw == null) {
      return null;
    }
    if (raw == null) {
      throw new TrackingException(
          "--mlflow: no tracking server; give --mlflow=http://HOST:PORT or set " + TRACKING_URI);
    }
    String where = uri != null ? "--mlflow " + raw : TRACKING_URI + "=" + raw;
    URI parsed;
    try {
      parsed = new URI(raw.endsWith("/") ? raw.substring(0, raw.length() - 1) : raw);
    } catch (URISyntaxException e) {
      throw new TrackingException(where + ": not a URL; give http://HOST:PORT of `mlflow server`");
    }
    String scheme = parsed.getScheme() == null ? "" : parsed.getScheme().toLowerCase(Locale.ROOT);
    if (!(scheme.equals("http") || scheme.equals("https")) || parsed.getHost() == null) {
      throw new TrackingException(
          where
              + ": only an http(s) tracking server is supported (not file stores, databricks or"
              + " other schemes); give the URL of `mlflow server`");
    }
    return new MlflowSettings(
        parsed,
        blankToNull(env.get("MLFLOW_EXPERIMENT_NAME")),
        blankToNull(env.get("MLFLOW_EXPERIMENT_ID")),
        blankToNull(env.get("MLFLOW_RUN_ID")),
        blankToNull(env.get("MLFLOW_TRACKING_TOKEN")),
        blankToNull(env.get("MLFLOW_TRACKING_USERNAME")),
        blankToNull(env.get("MLFLOW_TRACKING_PASSWORD")));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  /** Returns the settings without secrets, for messages. */
  @Override
  public String toString() {
    return "MlflowSettings[" + trackingUri + ", experiment=" + experimentName + "]";
  }
}
