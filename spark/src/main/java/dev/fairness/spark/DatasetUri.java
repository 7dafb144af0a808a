package dev.fairness.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fairness.FairnessException;
import dev.fairness.config.ConfigException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * The dataset location of a Spark job: {@code dataset_uri} as written when it names a file system
 * ({@code file:}, {@code hdfs:}, {@code s3a:}, ...), else a local path relative to the config
 * file's folder, as {@code fairness analyze} reads it.
 */
final class DatasetUri {

  private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]+:.*");

  private DatasetUri() {}

  /** Returns the Hadoop path of the config's {@code dataset_uri}. */
  static String of(Path config) {
    JsonNode doc;
    try {
      doc = new ObjectMapper().readTree(config.toFile());
    } catch (IOException e) {
      throw new ConfigException(
          "--config " + config + ": unreadable (" + FairnessException.ioReason(e) + ")");
    }
    JsonNode uri = doc == null ? null : doc.get("dataset_uri");
    if (uri == null || !uri.isTextual() || uri.asText().isBlank()) {
      throw new ConfigException("dataset_uri: required; give the dataset's path or URI");
    }
    String text = uri.asText();
    if (SCHEME.matcher(text).matches()) {
      if (text.startsWith("s3:") || text.startsWith("s3n:")) {
        return "s3a:" + text.substring(text.indexOf(':') + 1);
      }
      return text;
    }
    Path p = config.toAbsolutePath().getParent().resolve(text).normalize();
    return p.toUri().toString();
  }
}
