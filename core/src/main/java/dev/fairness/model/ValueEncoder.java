package dev.fairness.model;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import dev.fairness.text.ValueText;
import java.nio.charset.StandardCharsets;

/**
 * Writes one feature value into a request body (spec §8.2), rendered with §9.5: integers as digits,
 * floats as Python's {@code repr}, booleans {@code True}/{@code False} (CSV) or {@code true}/{@code
 * false} (JSON), missing as an empty field (CSV) or {@code null} (JSON). CSV strings are always
 * quoted with inner quotes doubled; JSON strings are JSON-escaped. Non-finite floats in JSON are
 * written as Python's {@code json.dumps} does: {@code NaN}, {@code Infinity}, {@code -Infinity}.
 *
 * <p>Integers are written without allocating. Floats and strings are rendered once and kept in
 * small direct-mapped caches, because SHAP and PDP requests repeat the same few values millions of
 * times. Not thread-safe: one encoder per encoding thread.
 */
final class ValueEncoder {

  private static final int CACHE_SIZE = 1024;
  private static final byte[] CSV_TRUE = bytes("True");
  private static final byte[] CSV_FALSE = bytes("False");
  private static final byte[] JSON_TRUE = bytes("true");
  private static final byte[] JSON_FALSE = bytes("false");
  private static final byte[] JSON_NULL = bytes("null");

  private final boolean json;
  private final long[] doubleKeys = new long[CACHE_SIZE];
  private final byte[][] doubleValues = new byte[CACHE_SIZE][];
  private final String[] stringKeys = new String[CACHE_SIZE];
  private final byte[][] stringValues = new byte[CACHE_SIZE][];

  /** Creates an encoder for CSV ({@code json = false}) or JSON values. */
  ValueEncoder(boolean json) {
    this.json = json;
  }

  /** Appends the rendering of one value (Long, Double, Boolean, String, other Number, or null). */
  void write(Object value, PayloadBuffer out) {
    if (value instanceof Long l) {
      out.appendLong(l);
    } else if (value instanceof Double d) {
      out.append(doubleBytes(d));
    } else if (value == null) {
      if (json) {
        out.append(JSON_NULL);
      }
    } else if (value instanceof String s) {
      out.append(stringBytes(s));
    } else if (value instanceof Boolean b) {
      out.append(json ? (b ? JSON_TRUE : JSON_FALSE) : (b ? CSV_TRUE : CSV_FALSE));
    } else if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
      out.appendLong(((Number) value).longValue());
    } else if (value instanceof Number n) {
      out.append(doubleBytes(n.doubleValue()));
    } else {
      out.append(stringBytes(value.toString()));
    }
  }

  /** Returns the JSON string literal (with quotes) of a text. */
  static byte[] jsonString(String s) {
    byte[] inner = JsonStringEncoder.getInstance().quoteAsUTF8(s);
    byte[] b = new byte[inner.length + 2];
    b[0] = '"';
    System.arraycopy(inner, 0, b, 1, inner.length);
    b[b.length - 1] = '"';
    return b;
  }

  private byte[] doubleBytes(double d) {
    long bits = Double.doubleToRawLongBits(d);
    int slot = (int) ((bits ^ (bits >>> 29) ^ (bits >>> 47)) & (CACHE_SIZE - 1));
    byte[] cached = doubleValues[slot];
    if (cached != null && doubleKeys[slot] == bits) {
      return cached;
    }
    String text = ValueText.renderDouble(d);
    if (json && !Double.isFinite(d)) {
      text = Double.isNaN(d) ? "NaN" : (d > 0 ? "Infinity" : "-Infinity");
    }
    byte[] b = bytes(text);
    doubleKeys[slot] = bits;
    doubleValues[slot] = b;
    return b;
  }

  private byte[] stringBytes(String s) {
    int slot = (s.hashCode() ^ (s.hashCode() >>> 16)) & (CACHE_SIZE - 1);
    String key = stringKeys[slot];
    if (key != null && (key == s || key.equals(s))) {
      return stringValues[slot];
    }
    byte[] b = json ? jsonString(s) : csvString(s);
    stringKeys[slot] = s;
    stringValues[slot] = b;
    return b;
  }

  private static byte[] csvString(String s) {
    return ('"' + s.replace("\"", "\"\"") + '"').getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] bytes(String ascii) {
    return ascii.getBytes(StandardCharsets.UTF_8);
  }
}
