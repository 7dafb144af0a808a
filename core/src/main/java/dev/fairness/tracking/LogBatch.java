package dev.fairness.tracking;

import java.util.ArrayList;
import java.util.List;

/**
 * One {@code runs/log-batch} request's content within MLflow's documented limits: at most 1000
 * metrics, 100 params, 100 tags and 1000 entries in all, and (our margin under its 1 MB request
 * limit) about 900 kB of keys and values.
 *
 * @param params params of this request
 * @param metrics metrics of this request
 * @param tags tags of this request
 */
record LogBatch(List<Entry> params, List<Metric> metrics, List<Entry> tags) {

  static final int MAX_METRICS = 1000;
  static final int MAX_PARAMS = 100;
  static final int MAX_TAGS = 100;
  static final int MAX_ENTRIES = 1000;
  static final int MAX_BYTES = 900_000;

  /** A param or tag. */
  record Entry(String key, String value) {
    int size() {
      return key.length() * 3 + value.length() * 3 + 32;
    }
  }

  /** A metric value, logged at step 0. */
  record Metric(String key, double value, long timestamp) {
    int size() {
      return key.length() * 3 + 64;
    }
  }

  /** Returns the entries split into requests in order: params first, then tags, then metrics. */
  static List<LogBatch> split(List<Entry> params, List<Metric> metrics, List<Entry> tags) {
    List<LogBatch> out = new ArrayList<>();
    int p = 0;
    int t = 0;
    int m = 0;
    while (p < params.size() || t < tags.size() || m < metrics.size()) {
      List<Entry> bp = new ArrayList<>();
      List<Entry> bt = new ArrayList<>();
      List<Metric> bm = new ArrayList<>();
      int bytes = 0;
      while (p < params.size() && bp.size() < MAX_PARAMS && fits(bytes, params.get(p).size())) {
        bytes += params.get(p).size();
        bp.add(params.get(p++));
      }
      while (t < tags.size() && bt.size() < MAX_TAGS && fits(bytes, tags.get(t).size())) {
        bytes += tags.get(t).size();
        bt.add(tags.get(t++));
      }
      while (m < metrics.size()
          && bm.size() < MAX_METRICS
          && bp.size() + bt.size() + bm.size() < MAX_ENTRIES
          && fits(bytes, metrics.get(m).size())) {
        bytes += metrics.get(m).size();
        bm.add(metrics.get(m++));
      }
      out.add(new LogBatch(List.copyOf(bp), List.copyOf(bm), List.copyOf(bt)));
    }
    return out;
  }

  private static boolean fits(int bytes, int more) {
    return bytes == 0 || bytes + more <= MAX_BYTES;
  }
}
