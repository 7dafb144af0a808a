package dev.fairness.model;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The one Jackson policy of the model transports: a single {@link ObjectMapper} with Jackson's
 * defaults, shared (it is thread-safe once configured), and the strict reader built from it.
 *
 * <p>Responses are read leniently: the first JSON value of a text counts and what follows it is
 * ignored, as models are not ours to reject; {@code NaN} and {@code Infinity}, which Python's
 * {@code json.dumps} writes, are read as numbers so that the checks of scores and probabilities can
 * name them. Payloads we build are read strictly: a request body must be exactly one JSON document.
 */
final class ModelJson {

  /** The shared mapper: Jackson's defaults, plus {@code NaN} and {@code Infinity} as numbers. */
  static final ObjectMapper MAPPER =
      JsonMapper.builder().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();

  /** Reads exactly one document: trailing tokens are an error. */
  private static final ObjectMapper STRICT =
      MAPPER.copy().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private ModelJson() {}

  /** Returns the factory for streaming reads and writes. */
  static JsonFactory factory() {
    return MAPPER.getFactory();
  }

  /** Returns the first JSON value of {@code text}; anything after it is ignored. */
  static JsonNode read(String text) throws JsonProcessingException {
    return MAPPER.readTree(text);
  }

  /** Returns the JSON document {@code text}, which must hold nothing else. */
  static JsonNode readStrict(String text) throws JsonProcessingException {
    return STRICT.readTree(text);
  }
}
