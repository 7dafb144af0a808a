package dev.fairness.data;

import com.fasterxml.jackson.core.io.schubfach.DoubleToDecimal;

/**
 * Renders cell values as text the way Python's {@code str()} does (spec §9.5): the one rendering
 * used by every text output (CSV files, model requests, strings in analysis.json, the summary).
 *
 * <p>Values are the boxed cell types of this tool: {@link Long} (INT), {@link Double} (FLOAT),
 * {@link Boolean} (BOOL), {@link String} (STRING), or {@code null} (missing). Other {@link Number}s
 * are rendered as INT when integral types, FLOAT otherwise.
 */
public final class ValueText {

  private ValueText() {}

  /** Returns the Python {@code str()} text of a value; {@code null} renders as the empty string. */
  public static String render(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Double d) {
      return renderDouble(d);
    }
    if (value instanceof Float f) {
      return renderDouble(f.doubleValue());
    }
    if (value instanceof Boolean b) {
      return b ? "True" : "False";
    }
    if (value instanceof Number n) {
      return Long.toString(n.longValue());
    }
    return value.toString();
  }

  /**
   * Returns Python's {@code repr(float)}: the shortest round-tripping digits, positional for {@code
   * 1e-4 <= |v| < 1e16}, otherwise scientific with a signed two-digit (at least) exponent.
   */
  public static String renderDouble(double v) {
    if (Double.isNaN(v)) {
      return "nan";
    }
    if (Double.isInfinite(v)) {
      return v > 0 ? "inf" : "-inf";
    }
    if (v == 0.0) {
      return (Double.doubleToRawLongBits(v) < 0) ? "-0.0" : "0.0";
    }
    // Java 17's Double.toString is not always shortest (fixed in JDK 19); Schubfach is.
    String java = DoubleToDecimal.toString(v);
    boolean negative = java.charAt(0) == '-';
    String body = negative ? java.substring(1) : java;
    int ePos = body.indexOf('E');
    String mantissa = ePos < 0 ? body : body.substring(0, ePos);
    int exp = ePos < 0 ? 0 : Integer.parseInt(body.substring(ePos + 1));
    int dot = mantissa.indexOf('.');
    String intPart = mantissa.substring(0, dot);
    String fracPart = mantissa.substring(dot + 1);
    // All significant digits and the decimal exponent of the first one: v = 0.d1d2... * 10^point
    String digits = intPart + fracPart;
    int point = intPart.length() + exp;
    int lead = 0;
    while (lead < digits.length() - 1 && digits.charAt(lead) == '0') {
      lead++;
    }
    digits = digits.substring(lead);
    point -= lead;
    int trail = digits.length();
    while (trail > 1 && digits.charAt(trail - 1) == '0') {
      trail--;
    }
    digits = digits.substring(0, trail);
    if (digits.length() == 2) {
      // Java's toString spec picks among 2-digit decimals when a 1-digit one exists; Python's
      // repr picks the 1-digit one (e.g. 5e-324, not 4.9e-324).
      String one = oneDigit(Math.abs(v), digits, point);
      if (one != null) {
        digits = one.substring(0, 1);
        point = point + (one.length() - 1);
      }
    }
    int sciExp = point - 1; // exponent in d.ddd x 10^sciExp
    StringBuilder out = new StringBuilder(24);
    if (negative) {
      out.append('-');
    }
    if (sciExp < -4 || sciExp >= 16) {
      out.append(digits.charAt(0));
      if (digits.length() > 1) {
        out.append('.').append(digits, 1, digits.length());
      }
      out.append('e').append(sciExp < 0 ? '-' : '+');
      int abs = Math.abs(sciExp);
      if (abs < 10) {
        out.append('0');
      }
      out.append(abs);
    } else if (point <= 0) {
      out.append("0.");
      out.append("0".repeat(-point));
      out.append(digits);
    } else if (point >= digits.length()) {
      out.append(digits);
      out.append("0".repeat(point - digits.length()));
      out.append(".0");
    } else {
      out.append(digits, 0, point).append('.').append(digits, point, digits.length());
    }
    return out.toString();
  }

  /**
   * Returns the 1-digit decimal (as its digit, with a trailing "0" when rounding up to 10) that
   * reads back as {@code abs}, closest to it, or null when none does.
   */
  private static String oneDigit(double abs, String digits, int point) {
    int d = digits.charAt(0) - '0';
    String best = null;
    java.math.BigDecimal bestErr = null;
    for (int c = d; c <= d + 1; c++) {
      String text = c + "e" + (point - 1);
      double back = Double.parseDouble(text);
      if (back == abs) {
        java.math.BigDecimal err =
            new java.math.BigDecimal(text).subtract(new java.math.BigDecimal(abs)).abs();
        if (bestErr == null || err.compareTo(bestErr) < 0) {
          bestErr = err;
          best = c == 10 ? "10" : Integer.toString(c);
        }
      }
    }
    return best;
  }
}
