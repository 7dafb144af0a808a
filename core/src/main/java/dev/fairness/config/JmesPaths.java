package dev.fairness.config;

import com.fasterxml.jackson.databind.JsonNode;
import io.burt.jmespath.Expression;
import io.burt.jmespath.JmesPathException;
import io.burt.jmespath.jackson.JacksonRuntime;

/** Compiles the configuration's JMESPath expressions at validation time (spec §2.6 rule 11). */
final class JmesPaths {

  private JmesPaths() {}

  /**
   * Returns the compiled expression, or null after recording {@code Invalid JMESPath expression in
   * <pointer>: <message>}.
   */
  static Expression<JsonNode> compile(String expression, String pointer, Problems problems) {
    try {
      return new JacksonRuntime().compile(expression);
    } catch (JmesPathException e) {
      problems.general("Invalid JMESPath expression in " + pointer + ": " + e.getMessage());
      return null;
    }
  }
}
