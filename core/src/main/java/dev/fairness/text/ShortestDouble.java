package dev.fairness.text;

import java.math.BigDecimal;

/**
 * Formats a double as Python's {@code repr(float)}: the shortest decimal digits that read back as
 * the same double, in Python's positional or scientific layout.
 *
 * <p>Java 17's {@code Double.toString} is not always shortest (fixed in JDK 19), so the digits come
 * from {@link SchubfachDouble}, Raffaello Giulietti's Schubfach algorithm as vendored from
 * jackson-core (MIT licence, see its header). {@code ShortestDoubleTest} pins the output against
 * Python's over fixed and random values, and {@code SchubfachDoubleTest} pins the vendored digits
 * against jackson-core's public fast double writer.
 */
public final class ShortestDouble {

  private ShortestDouble() {}

  /**
   * Returns Python's {@code repr(float)}: the shortest round-tripping digits, positional for {@code
   * 1e-4 <= |v| < 1e16}, otherwise scientific with a signed two-digit (at least) exponent.
   */
  public static String repr(double v) {
    if (Double.isNaN(v)) {
      return "nan";
    }
    if (Double.isInfinite(v)) {
      return v > 0 ? "inf" : "-inf";
    }
    if (v == 0.0) {
      return (Double.doubleToRawLongBits(v) < 0) ? "-0.0" : "0.0";
    }
    String java = SchubfachDouble.toString(v);
    boolean negative = java.charAt(0) == '-';
    Decimal d = shortest(Math.abs(v), negative ? java.substring(1) : java);
    return layout(negative, d.digits(), d.point());
  }

  /** Significant digits without leading or trailing zeros; {@code v = 0.digits × 10^point}. */
  private record Decimal(String digits, int point) {}

  /** Returns the shortest decimal of {@code abs} from Schubfach's text {@code body} of it. */
  private static Decimal shortest(double abs, String body) {
    int ePos = body.indexOf('E');
    String mantissa = ePos < 0 ? body : body.substring(0, ePos);
    int exp = ePos < 0 ? 0 : Integer.parseInt(body.substring(ePos + 1));
    int dot = mantissa.indexOf('.');
    String intPart = mantissa.substring(0, dot);
    String digits = intPart + mantissa.substring(dot + 1);
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
      String one = oneDigit(abs, digits, point);
      if (one != null) {
        return new Decimal(one.substring(0, 1), point + (one.length() - 1));
      }
    }
    return new Decimal(digits, point);
  }

  /** Lays out {@code 0.digits × 10^point} as Python's repr does. */
  private static String layout(boolean negative, String digits, int point) {
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
      out.append("0.").append("0".repeat(-point)).append(digits);
    } else if (point >= digits.length()) {
      out.append(digits).append("0".repeat(point - digits.length())).append(".0");
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
    BigDecimal bestErr = null;
    for (int c = d; c <= d + 1; c++) {
      String text = c + "e" + (point - 1);
      double back = Double.parseDouble(text);
      if (back == abs) {
        BigDecimal err = new BigDecimal(text).subtract(new BigDecimal(abs)).abs();
        if (bestErr == null || err.compareTo(bestErr) < 0) {
          bestErr = err;
          best = c == 10 ? "10" : Integer.toString(c);
        }
      }
    }
    return best;
  }
}
