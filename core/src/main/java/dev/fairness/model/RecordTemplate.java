package dev.fairness.model;

import dev.fairness.config.ConfigException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A compiled JSON record template (spec §8.2): literal bytes interleaved with {@code $features},
 * {@code $feature_names}, {@code $features_kvp} and {@code "${NAME}"} placeholders. At each
 * position the longest placeholder wins, which is what replacing {@code $features_kvp} and {@code
 * $feature_names} before {@code $features} gives.
 */
final class RecordTemplate {

  private static final int LITERAL = 0;
  private static final int FEATURES = 1;
  private static final int KVP = 2;
  private static final int ONE_FEATURE = 3;

  private final int[] kinds;
  private final byte[][] literals;
  private final int[] featureIndex;
  private final byte[][] kvpKeys;

  private RecordTemplate(
      List<Integer> kinds, List<byte[]> literals, List<Integer> index, byte[][] keys) {
    this.kinds = kinds.stream().mapToInt(Integer::intValue).toArray();
    this.literals = literals.toArray(new byte[0][]);
    this.featureIndex = index.stream().mapToInt(Integer::intValue).toArray();
    this.kvpKeys = keys;
  }

  /**
   * Compiles a template. With {@code allPlaceholders} false only {@code $features} is recognised
   * (JSON Lines {@code content_template}).
   *
   * @throws ConfigException when a {@code "${NAME}"} placeholder names no feature
   */
  static RecordTemplate compile(
      String template, List<String> names, boolean allPlaceholders, String key) {
    List<Integer> kinds = new ArrayList<>();
    List<byte[]> literals = new ArrayList<>();
    List<Integer> index = new ArrayList<>();
    StringBuilder literal = new StringBuilder();
    String namesJson = namesArray(names);
    int i = 0;
    while (i < template.length()) {
      if (allPlaceholders && template.startsWith("$features_kvp", i)) {
        flush(literal, kinds, literals, index);
        add(kinds, literals, index, KVP, null, -1);
        i += "$features_kvp".length();
      } else if (allPlaceholders && template.startsWith("$feature_names", i)) {
        literal.append(namesJson);
        i += "$feature_names".length();
      } else if (template.startsWith("$features", i)) {
        flush(literal, kinds, literals, index);
        add(kinds, literals, index, FEATURES, null, -1);
        i += "$features".length();
      } else if (allPlaceholders
          && template.startsWith("\"${", i)
          && template.indexOf("}\"", i + 3) > 0) {
        int end = template.indexOf("}\"", i + 3);
        String name = template.substring(i + 3, end);
        int f = names.indexOf(name);
        if (f < 0) {
          throw new ConfigException(
              "predictor."
                  + key
                  + ": placeholder \"${"
                  + name
                  + "}\" names no feature; use one of "
                  + names);
        }
        flush(literal, kinds, literals, index);
        add(kinds, literals, index, ONE_FEATURE, null, f);
        i = end + 2;
      } else {
        literal.append(template.charAt(i));
        i++;
      }
    }
    flush(literal, kinds, literals, index);
    byte[][] keys = new byte[names.size()][];
    for (int f = 0; f < keys.length; f++) {
      byte[] q = ValueEncoder.jsonString(names.get(f));
      ByteArrayOutputStream b = new ByteArrayOutputStream();
      if (f > 0) {
        b.write(',');
      }
      b.write(q, 0, q.length);
      b.write(':');
      keys[f] = b.toByteArray();
    }
    return new RecordTemplate(kinds, literals, index, keys);
  }

  /** Appends the filled template for one row. */
  void write(Object[] row, ValueEncoder values, PayloadBuffer out) {
    for (int s = 0; s < kinds.length; s++) {
      switch (kinds[s]) {
        case LITERAL -> out.append(literals[s]);
        case FEATURES -> {
          out.append((byte) '[');
          for (int f = 0; f < row.length; f++) {
            if (f > 0) {
              out.append((byte) ',');
            }
            values.write(row[f], out);
          }
          out.append((byte) ']');
        }
        case KVP -> {
          out.append((byte) '{');
          for (int f = 0; f < row.length; f++) {
            out.append(kvpKeys[f]);
            values.write(row[f], out);
          }
          out.append((byte) '}');
        }
        default -> values.write(row[featureIndex[s]], out);
      }
    }
  }

  private static String namesArray(List<String> names) {
    StringBuilder b = new StringBuilder("[");
    for (int f = 0; f < names.size(); f++) {
      if (f > 0) {
        b.append(',');
      }
      b.append(new String(ValueEncoder.jsonString(names.get(f)), StandardCharsets.UTF_8));
    }
    return b.append(']').toString();
  }

  private static void flush(
      StringBuilder literal, List<Integer> kinds, List<byte[]> literals, List<Integer> index) {
    if (literal.length() > 0) {
      add(kinds, literals, index, LITERAL, literal.toString().getBytes(StandardCharsets.UTF_8), -1);
      literal.setLength(0);
    }
  }

  private static void add(
      List<Integer> kinds,
      List<byte[]> literals,
      List<Integer> index,
      int kind,
      byte[] lit,
      int f) {
    kinds.add(kind);
    literals.add(lit);
    index.add(f);
  }
}
