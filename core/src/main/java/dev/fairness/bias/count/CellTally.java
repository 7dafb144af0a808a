package dev.fairness.bias.count;

/**
 * The one pass of the bias counting: rows into the cells of a (group, stratum, label, prediction)
 * table, with a one-byte-code loop when every dimension has byte codes.
 */
public final class CellTally {

  private CellTally() {}

  /**
   * Counts rows into cells {@code ((g * S + s) * L + l) * P + p}; row i counts {@code rowCounts[i]}
   * times (once when null).
   */
  public static long[] count(
      int rows, TallyDim g, TallyDim s, TallyDim l, TallyDim p, long[] rowCounts) {
    int sp = p.size();
    int sl = l.size() * sp;
    int ss = s.size() * sl;
    long[] cells = new long[g.size() * ss];
    if (rowCounts != null) {
      for (int i = 0; i < rows; i++) {
        cells[g.at(i) * ss + s.at(i) * sl + l.at(i) * sp + p.at(i)] += rowCounts[i];
      }
      return cells;
    }
    byte[] any = g.bytes() != null ? g.bytes() : s.bytes() != null ? s.bytes() : l.bytes();
    any = any != null ? any : p.bytes();
    TallyDim[] dims = {g, s, l, p};
    boolean fast = any != null;
    for (TallyDim d : dims) {
      fast &= d.bytes() != null || d.size() == 1;
    }
    if (fast) {
      // one lookup per dimension: the tables hold each index times its stride
      byte[] bg = g.bytes() != null ? g.bytes() : any;
      byte[] bs = s.bytes() != null ? s.bytes() : any;
      byte[] bl = l.bytes() != null ? l.bytes() : any;
      byte[] bp = p.bytes() != null ? p.bytes() : any;
      int[] tg = g.bytes() != null ? g.strided(ss) : new int[256];
      int[] ts = s.bytes() != null ? s.strided(sl) : new int[256];
      int[] tl = l.bytes() != null ? l.strided(sp) : new int[256];
      int[] tp = p.bytes() != null ? p.strided(1) : new int[256];
      tallyBytes(rows, cells, bg, tg, bs, ts, bl, tl, bp, tp);
      return cells;
    }
    return tallyRows(rows, g, s, l, p, cells, ss, sl);
  }

  /**
   * The one-byte-code tally loop, in a method of its own so that the JIT compiles this loop alone
   * (quickly, while the first rows are counted) rather than all of {@link #count}.
   */
  private static void tallyBytes(
      int rows,
      long[] cells,
      byte[] bg,
      int[] tg,
      byte[] bs,
      int[] ts,
      byte[] bl,
      int[] tl,
      byte[] bp,
      int[] tp) {
    for (int i = 0; i < rows; i++) {
      cells[tg[bg[i] & 0xFF] + ts[bs[i] & 0xFF] + tl[bl[i] & 0xFF] + tp[bp[i] & 0xFF]]++;
    }
  }

  private static long[] tallyRows(
      int rows, TallyDim g, TallyDim s, TallyDim l, TallyDim p, long[] cells, int ss, int sl) {
    int sp = p.size();
    for (int i = 0; i < rows; i++) {
      cells[g.at(i) * ss + s.at(i) * sl + l.at(i) * sp + p.at(i)]++;
    }
    return cells;
  }
}
