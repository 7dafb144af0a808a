package dev.fairness.config;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Converts single JSON values of the configuration into Java values, recording a schema problem for
 * each value of the wrong type or range: JSON integer literals become {@link Long}, other numbers
 * {@link Double}, strings {@link String}, booleans {@link Boolean}.
 */
final class NodeValues {

  /** Marker returned by {@link #scalar} for a value that is not a scalar. */
  static final Object INVALID = new Object();

  private final Problems problems;

  NodeValues(Problems problems) {
    this.problems = problems;
  }

  /** Returns the JSON type name of a node as used in messages. */
  static String typeName(JsonNode n) {
    return switch (n.getNodeType()) {
      case OBJECT, POJO -> "object";
      case ARRAY -> "array";
      case STRING -> "string";
      case NUMBER -> n.isIntegralNumber() ? "integer" : "number";
      case BOOLEAN -> "boolean";
      case NULL -> "null";
      default -> "value";
    };
  }

  /** Records a type problem for the value at {@code ptr}. */
  void wrongType(String ptr, String expected, JsonNode actual) {
    problems.schema(ptr, "expected " + expected + ", got " + typeName(actual));
  }

  /** Returns an integer node's value within {@code [min, max]}, or null after recording why not. */
  Long integer(JsonNode v, String ptr, long min, long max) {
    if (!v.isIntegralNumber()) {
      wrongType(ptr, "an integer", v);
      return null;
    }
    if (!v.canConvertToLong()) {
      problems.schema(ptr, "integer " + v.asText() + " is out of the 64-bit range");
      return null;
    }
    long value = v.longValue();
    if (value < min) {
      problems.schema(ptr, "must be >= " + min + ", got " + value);
      return null;
    }
    if (value > max) {
      problems.schema(ptr, "must be <= " + max + ", got " + value);
      return null;
    }
    return value;
  }

  /** Returns a column reference node as a {@link ColumnRef}, or null after recording why not. */
  ColumnRef columnRef(JsonNode v, String ptr) {
    if (v.isTextual()) {
      return ColumnRef.ofName(v.textValue());
    }
    if (v.isIntegralNumber()) {
      Long i = integer(v, ptr, 0, Integer.MAX_VALUE);
      return i == null ? null : ColumnRef.ofIndex(i.intValue());
    }
    wrongType(ptr, "a string or an integer", v);
    return null;
  }

  /**
   * Returns a scalar node as {@link Long} (integer literal), {@link Double} (other number), {@link
   * String} or {@link Boolean}, or null for JSON null when {@code allowNull}; otherwise records a
   * problem and returns {@link #INVALID}.
   */
  Object scalar(JsonNode v, String ptr, boolean allowNull) {
    if (v.isNull() && allowNull) {
      return null;
    }
    if (v.isIntegralNumber()) {
      Long l = integer(v, ptr, Long.MIN_VALUE, Long.MAX_VALUE);
      return l == null ? INVALID : l;
    }
    if (v.isNumber()) {
      return v.doubleValue();
    }
    if (v.isTextual()) {
      return v.textValue();
    }
    if (v.isBoolean()) {
      return v.booleanValue();
    }
    wrongType(
        ptr, allowNull ? "a number, string, boolean or null" : "a number, string or boolean", v);
    return INVALID;
  }
}
