package dev.fairness.tracking;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.CRC32;

/**
 * The names of MLflow metrics, params and tags: MLflow accepts only alphanumerics, underscores,
 * dashes, periods, spaces and slashes, at most 250 characters (docs/mlflow.md). A metric value of
 * facet group {@code Sex = Female} becomes {@code post.DI.Sex.Female}: stage, metric, facet and
 * group joined by periods, every other character replaced by {@code _}; a name that would repeat an
 * earlier one gets {@code _2}, {@code _3}, …; a name longer than 250 characters is cut and ends
 * with a checksum of the whole. One instance hands out unique names for one run.
 */
final class MlflowKeys {

  /** MLflow's longest entity key. */
  static final int MAX_KEY_LENGTH = 250;

  /** The characters MLflow allows in a key (ASCII: its \w would accept more letters). */
  static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9_\\-. /]*");

  private final Set<String> used = new HashSet<>();

  /** Returns the unique metric key of one facet group's metric value. */
  String metric(String stage, String metric, String facet, String group) {
    String base = String.join(".", stage, clean(metric), clean(facet), clean(group));
    String key = fit(base);
    for (int n = 2; !used.add(key); n++) {
      key = fit(base + "_" + n);
    }
    return key;
  }

  /** Returns {@code text} with every character MLflow refuses replaced by {@code _}. */
  static String clean(String text) {
    StringBuilder b = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean ok =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || c == '_'
              || c == '-'
              || c == ' ';
      b.append(ok ? c : '_');
    }
    String s = b.toString().strip();
    return s.isEmpty() ? "_" : s;
  }

  /** Returns {@code key} cut to {@link #MAX_KEY_LENGTH} with a checksum suffix when longer. */
  static String fit(String key) {
    if (key.length() <= MAX_KEY_LENGTH) {
      return key;
    }
    CRC32 crc = new CRC32();
    crc.update(key.getBytes(StandardCharsets.UTF_8));
    String sum = String.format(Locale.ROOT, "_%08x", crc.getValue());
    return key.substring(0, MAX_KEY_LENGTH - sum.length()) + sum;
  }

  /** Returns whether MLflow accepts {@code key} as a metric, param or tag name. */
  static boolean valid(String key) {
    return !key.isEmpty() && key.length() <= MAX_KEY_LENGTH && ALLOWED.matcher(key).matches();
  }
}
