package dev.fairness.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fairness.RunLog;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One JSON object of the configuration together with its JSON pointer: reads typed values from it
 * and records a schema problem for every key that is unknown or has the wrong type or range.
 *
 * <p>An absent key and a key whose value is JSON {@code null} are treated alike: the key is absent
 * and its default applies (a user who writes {@code "group_variable": null} means "none"). A typed
 * getter returns null both for an absent key and for an invalid value; the problem is recorded.
 */
final class Section {

  private final ObjectNode node;
  private final String pointer;
  private final Problems problems;
  private final RunLog log;
  private final NodeValues values;

  Section(ObjectNode node, String pointer, Problems problems, RunLog log) {
    this.node = node;
    this.pointer = pointer;
    this.problems = problems;
    this.log = log;
    this.values = new NodeValues(problems);
  }

  /** Returns the JSON pointer of {@code key} inside {@code parent}, escaped per RFC 6901. */
  static String pointer(String parent, String key) {
    return parent + "/" + key.replace("~", "~0").replace("/", "~1");
  }

  /**
   * Returns the dotted key path of a pointer ({@code /methods/shap} becomes {@code methods.shap}).
   */
  static String dotted(String pointer) {
    return pointer.substring(1).replace('/', '.');
  }

  ObjectNode node() {
    return node;
  }

  String pointer() {
    return pointer;
  }

  /** Returns the value converters that record into the same problems. */
  NodeValues values() {
    return values;
  }

  Problems problems() {
    return problems;
  }

  RunLog log() {
    return log;
  }

  /** Returns the pointer of one of this object's keys. */
  String at(String key) {
    return pointer(pointer, key);
  }

  /** Returns the value of {@code key}, or null when absent or JSON null. */
  JsonNode get(String key) {
    JsonNode v = node.get(key);
    return v == null || v.isNull() ? null : v;
  }

  /** Returns true when {@code key} is present with a non-null value. */
  boolean has(String key) {
    return get(key) != null;
  }

  /**
   * Records a problem for every key outside {@code allowed}: a key in {@code unsupported} gets spec
   * §0.3's {@code <key>: not supported by this tool}, any other a schema problem. The root object
   * may also carry {@code $schema} (for editors).
   */
  void checkKeys(List<String> allowed, List<String> unsupported) {
    node.fieldNames()
        .forEachRemaining(
            key -> {
              if (pointer.isEmpty() && key.equals(ConfigSchema.SCHEMA_KEY)) {
                return;
              }
              if (unsupported.contains(key)) {
                problems.general(dotted(at(key)) + ": not supported by this tool");
              } else if (!allowed.contains(key)) {
                problems.schema(
                    at(key),
                    "unknown key"
                        + DidYouMean.hint(key, allowed)
                        + "; allowed keys are "
                        + String.join(", ", allowed));
              }
            });
  }

  /** Records the schema problem "required key is missing" for {@code key}. */
  void missing(String key) {
    problems.schema(at(key), "required key is missing");
  }

  /** Returns the sub-object at {@code key}, or null when absent or not an object. */
  Section object(String key) {
    JsonNode v = get(key);
    if (v == null) {
      return null;
    }
    if (!v.isObject()) {
      values.wrongType(at(key), "an object", v);
      return null;
    }
    return new Section((ObjectNode) v, at(key), problems, log);
  }

  /** Returns the string at {@code key}, or null. */
  String string(String key) {
    JsonNode v = get(key);
    if (v == null) {
      return null;
    }
    if (!v.isTextual()) {
      values.wrongType(at(key), "a string", v);
      return null;
    }
    return v.textValue();
  }

  /** Returns the boolean at {@code key}, or {@code dflt} when absent or invalid. */
  boolean bool(String key, boolean dflt) {
    JsonNode v = get(key);
    if (v == null) {
      return dflt;
    }
    if (!v.isBoolean()) {
      values.wrongType(at(key), "a boolean", v);
      return dflt;
    }
    return v.booleanValue();
  }

  /** Returns the integer at {@code key} within {@code [min, max]}, or null. */
  Long integer(String key, long min, long max) {
    JsonNode v = get(key);
    return v == null ? null : values.integer(v, at(key), min, max);
  }

  /** Returns the number at {@code key} (integer or float) as a double, or null. */
  Double number(String key) {
    JsonNode v = get(key);
    if (v == null) {
      return null;
    }
    if (!v.isNumber()) {
      values.wrongType(at(key), "a number", v);
      return null;
    }
    return v.doubleValue();
  }

  /**
   * Returns the lower-cased string at {@code key} when it is one of {@code allowed}
   * (case-insensitive, spec §2.1), or null; an unknown value gets a schema problem listing them.
   */
  String enumString(String key, List<String> allowed) {
    String s = string(key);
    if (s == null) {
      return null;
    }
    String lower = s.toLowerCase(Locale.ROOT);
    if (!allowed.contains(lower)) {
      problems.schema(
          at(key), "unsupported value " + s + "; allowed values are " + String.join(", ", allowed));
      return null;
    }
    return lower;
  }

  /** Returns the array of strings at {@code key}, or null. */
  List<String> stringList(String key) {
    JsonNode v = get(key);
    if (v == null) {
      return null;
    }
    if (!v.isArray()) {
      values.wrongType(at(key), "an array of strings", v);
      return null;
    }
    List<String> out = new ArrayList<>();
    boolean ok = true;
    for (int i = 0; i < v.size(); i++) {
      JsonNode e = v.get(i);
      if (e.isTextual()) {
        out.add(e.textValue());
      } else {
        values.wrongType(at(key) + "/" + i, "a string", e);
        ok = false;
      }
    }
    return ok ? List.copyOf(out) : null;
  }

  /** Returns the object of string values at {@code key} in file order, or an empty map. */
  Map<String, String> stringMap(String key) {
    Section s = object(key);
    if (s == null) {
      return Map.of();
    }
    Map<String, String> out = new LinkedHashMap<>();
    s.node
        .fields()
        .forEachRemaining(
            e -> {
              if (e.getValue().isTextual()) {
                out.put(e.getKey(), e.getValue().textValue());
              } else {
                values.wrongType(s.at(e.getKey()), "a string", e.getValue());
              }
            });
    return Collections.unmodifiableMap(out);
  }

  /** Returns the column reference (string, or integer >= 0) at {@code key}, or null. */
  ColumnRef columnRef(String key) {
    JsonNode v = get(key);
    return v == null ? null : values.columnRef(v, at(key));
  }

  /**
   * Returns the array of column references at {@code key}, or null (empty list when {@code []}).
   */
  List<ColumnRef> columnRefList(String key) {
    JsonNode v = get(key);
    if (v == null) {
      return null;
    }
    if (!v.isArray()) {
      values.wrongType(at(key), "an array of strings or integers", v);
      return null;
    }
    List<ColumnRef> out = new ArrayList<>();
    for (int i = 0; i < v.size(); i++) {
      ColumnRef ref = values.columnRef(v.get(i), at(key) + "/" + i);
      if (ref != null) {
        out.add(ref);
      }
    }
    return out.size() == v.size() ? List.copyOf(out) : null;
  }

  /**
   * Returns the array of scalars (integer, float, string, boolean; no null) at {@code key}, or null
   * when absent or invalid. A single scalar is read as a one-element array with a warn line (spec
   * §2.1).
   */
  List<Object> scalarList(String key) {
    JsonNode v = get(key);
    if (v == null) {
      return null;
    }
    String dottedKey = dotted(at(key)).replaceAll("\\.(\\d+)\\.", "[$1].");
    if (!v.isArray()) {
      Object one = v.isContainerNode() ? NodeValues.INVALID : values.scalar(v, at(key), false);
      if (one == NodeValues.INVALID) {
        if (v.isContainerNode()) {
          values.wrongType(at(key), "an array of values", v);
        }
        return null;
      }
      log.warn(
          dottedKey + ": the single value " + v + " is read as the one-element array [" + v + "]");
      return List.of(one);
    }
    List<Object> out = new ArrayList<>();
    boolean ok = true;
    for (int i = 0; i < v.size(); i++) {
      Object e = values.scalar(v.get(i), at(key) + "/" + i, false);
      if (e == NodeValues.INVALID) {
        ok = false;
      } else {
        out.add(e);
      }
    }
    return ok ? List.copyOf(out) : null;
  }
}
