package dev.fairness.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Converts parsed JSON into the plain values of {@link ModelOutput}. */
final class JsonValues {

  private JsonValues() {}

  /**
   * Returns the plain value of a JSON node: integers that fit in 64 bits as {@link Long}, other
   * numbers as {@link Double}, text, booleans, null (also for a missing node), arrays as lists and
   * objects as insertion-ordered maps.
   */
  static Object toJava(JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return null;
    }
    if (node.isIntegralNumber()) {
      return node.canConvertToLong() ? (Object) node.longValue() : (Object) node.doubleValue();
    }
    if (node.isNumber()) {
      return node.doubleValue();
    }
    if (node.isTextual()) {
      return node.textValue();
    }
    if (node.isBoolean()) {
      return node.booleanValue();
    }
    if (node.isArray()) {
      List<Object> list = new ArrayList<>(node.size());
      for (JsonNode e : node) {
        list.add(toJava(e));
      }
      return list;
    }
    Map<String, Object> map = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      map.put(e.getKey(), toJava(e.getValue()));
    }
    return map;
  }
}
