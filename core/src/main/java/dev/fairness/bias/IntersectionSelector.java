package dev.fairness.bias;

import dev.fairness.RunLog;
import dev.fairness.bias.count.RowSet;
import dev.fairness.bias.count.TallyDim;
import dev.fairness.bias.count.ValueCodes;
import dev.fairness.data.Column;
import dev.fairness.data.DataException;
import dev.fairness.data.Table;
import dev.fairness.text.ValueText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Splits rows into the groups of an intersectional facet (issue 17). Each member column is
 * classified and compared as a facet of its own (spec §4.1–§4.3): a categorical member by value, a
 * continuous one by its threshold's interval ({@code (40, 90]}, the other rows {@code not (40,
 * 90]}). The members' values are combined per row into a derived STRING column ({@link
 * IntersectionColumn}), whose groups then go through the same split and tally as any facet, so
 * every metric equals the metric of that derived column.
 */
final class IntersectionSelector {

  /** Most member-value combinations an intersection may span before any row is read. */
  private static final int MAX_SPAN = 1 << 24;

  private static final int UNSEEN = -2;

  private IntersectionSelector() {}

  /**
   * The split of an intersectional entry and its partition into every combination that occurs.
   *
   * @param split the groups of the entry (the partition itself without {@code value_or_threshold})
   * @param partition one group per combination that occurs, for the group metrics
   */
  record Result(FacetSplit split, FacetSplit partition) {}

  /**
   * Returns the groups of an intersectional entry.
   *
   * @throws DataException for a continuous member without one threshold, a value that cannot be
   *     compared with its column, or members with too many values to combine
   */
  static Result groups(Table table, BiasInputs.Facet f, RunLog log) {
    int width = f.members().size();
    List<Member> members = new ArrayList<>();
    for (int m = 0; m < width; m++) {
      Column c = table.column(f.members().get(m));
      LinkedHashSet<Object> wanted = new LinkedHashSet<>();
      for (List<Object> combo : f.combinations()) {
        wanted.add(combo.get(m));
      }
      members.add(Member.of(c, new ArrayList<>(wanted), log));
    }
    Derived dv = derive(f.column(), members);
    IntersectionColumn derived = dv.column();
    int[][] levelsOfCode = dv.levels();
    ValueCodes codes = ValueCodes.of(derived);
    if (f.combinations().isEmpty()) {
      FacetSplit all = FacetSelector.oneVersusRest(derived, codes, log);
      return new Result(all, all);
    }
    FacetSplit partition = FacetSelector.oneVersusRest(derived, codes, RunLog.silent());
    boolean[] in = new boolean[codes.size()];
    List<String> keys = new ArrayList<>();
    for (List<Object> combo : f.combinations()) {
      boolean[][] match = new boolean[width][];
      List<String> texts = new ArrayList<>();
      for (int m = 0; m < width; m++) {
        match[m] = members.get(m).match(combo.get(m));
        texts.add(members.get(m).text(combo.get(m)));
      }
      keys.add(String.join(", ", texts));
      for (int c = 0; c < in.length; c++) {
        boolean all = true;
        for (int m = 0; m < width && all; m++) {
          all = match[m][levelsOfCode[c][m]];
        }
        in[c] |= all;
      }
    }
    RowSet d = RowSet.byCode(codes, in);
    String key = String.join(",", keys);
    int count = d.count();
    if (count == 0) {
      log.warn("Facet " + f.column() + " group " + key + " is empty");
    } else if (count == derived.size()) {
      log.warn("Facet " + f.column() + " group " + key + " contains every row");
    }
    return new Result(FacetSplit.single(key, d), partition);
  }

  /** The derived column and, per code, its member levels. */
  private record Derived(IntersectionColumn column, int[][] levels) {}

  /**
   * Returns the derived column of the members' combinations. Each member is a tally dimension
   * (index 0 for a missing cell, else its level + 1), so the combination of a row is the sum of one
   * table lookup per member, as in the tally itself.
   */
  private static Derived derive(String name, List<Member> members) {
    int width = members.size();
    long span = 1;
    int[] stride = new int[width];
    TallyDim[] dims = new TallyDim[width];
    for (int m = width - 1; m >= 0; m--) {
      dims[m] = members.get(m).dim();
      stride[m] = (int) span;
      span *= dims[m].size();
      if (span > MAX_SPAN) {
        throw new DataException(
            "Facet "
                + name
                + ": its columns have more than "
                + MAX_SPAN
                + " combinations of values; intersect fewer or coarser columns");
      }
    }
    int[] keys = keys(members.get(0).column.size(), dims, stride);
    int[] dense = new int[(int) span];
    Arrays.fill(dense, UNSEEN);
    List<int[]> levels = new ArrayList<>();
    for (int i = 0; i < keys.length; i++) {
      int key = keys[i];
      int code = dense[key];
      if (code == UNSEEN) {
        int[] l = new int[width];
        boolean missing = false;
        for (int m = 0, rest = key; m < width; m++) {
          l[m] = rest / stride[m] - 1;
          missing |= l[m] < 0;
          rest %= stride[m];
        }
        code = missing ? -1 : levels.size();
        if (!missing) {
          levels.add(l);
        }
        dense[key] = code;
      }
      keys[i] = code;
    }
    int[][] levelsOfCode = levels.toArray(new int[0][]);
    String[] dictionary = new String[levels.size()];
    for (int c = 0; c < dictionary.length; c++) {
      List<String> parts = new ArrayList<>();
      for (int m = 0; m < width; m++) {
        parts.add(members.get(m).texts[levelsOfCode[c][m]]);
      }
      dictionary[c] = String.join(", ", parts);
    }
    return new Derived(IntersectionColumn.of(name, keys, dictionary), levelsOfCode);
  }

  /** Returns each row's combination key: the sum of its members' indexes times their strides. */
  private static int[] keys(int n, TallyDim[] dims, int[] stride) {
    int[] keys = new int[n];
    for (int m = 0; m < dims.length; m++) {
      byte[] b = dims[m].bytes();
      if (b != null) {
        addBytes(keys, b, dims[m].strided(stride[m]));
      } else {
        for (int i = 0; i < n; i++) {
          keys[i] += dims[m].at(i) * stride[m];
        }
      }
    }
    return keys;
  }

  /** Adds {@code table[b[i]]} to every key (bytes unsigned); a loop of its own for the JIT. */
  private static void addBytes(int[] keys, byte[] b, int[] table) {
    for (int i = 0; i < keys.length; i++) {
      keys[i] += table[b[i] & 0xFF];
    }
  }

  /**
   * One member column: its levels (a categorical column's used values in value-code order, or a
   * continuous column's interval and the rest) and each level's text.
   */
  private static final class Member {
    final Column column;
    final ValueCodes codes; // categorical
    final int[] levelOfCode; // categorical: code to level, -1 unused
    final FacetSelector.Interval interval; // continuous
    final String[] texts;

    private Member(
        Column column,
        ValueCodes codes,
        int[] levelOfCode,
        FacetSelector.Interval interval,
        String[] texts) {
      this.column = column;
      this.codes = codes;
      this.levelOfCode = levelOfCode;
      this.interval = interval;
      this.texts = texts;
    }

    static Member of(Column c, List<Object> wanted, RunLog log) {
      ValueCodes codes = ValueCodes.of(c);
      // each combination gives a member one value, so it is classified as a facet of one value
      ColumnKind kind =
          ColumnKind.infer(c, codes, wanted.isEmpty() ? wanted : wanted.subList(0, 1), log);
      if (kind == ColumnKind.CONTINUOUS) {
        if (wanted.isEmpty()) {
          throw new DataException(FacetSelector.NO_THRESHOLD);
        }
        if (wanted.size() > 1) {
          throw new DataException(
              "Facet column "
                  + c.name()
                  + " is continuous: every combination must give it the same threshold, not "
                  + wanted.stream().map(ValueText::render).collect(Collectors.joining(", ")));
        }
        FacetSelector.Interval in = FacetSelector.interval(c, codes, wanted, log);
        String text = in.rule().text();
        return new Member(c, null, null, in, new String[] {text, "not " + text});
      }
      if (codes == null) {
        throw new DataException(
            "Facet column "
                + c.name()
                + " has too many distinct values to intersect; intersect a coarser column");
      }
      int[] levelOfCode = codes.valueRanks();
      String[] texts = new String[codes.distinct()];
      for (int code = 0; code < levelOfCode.length; code++) {
        if (levelOfCode[code] >= 0) {
          texts[levelOfCode[code]] = ValueText.render(codes.value(code));
        }
      }
      return new Member(c, codes, levelOfCode, null, texts);
    }

    /** Returns the member as a tally dimension: 0 for a missing cell, else its level + 1. */
    TallyDim dim() {
      if (codes != null) {
        int[] index = new int[levelOfCode.length];
        for (int c = 0; c < index.length; c++) {
          index[c] = levelOfCode[c] + 1;
        }
        return TallyDim.ofCodes(texts.length + 1, codes, index, 0);
      }
      RowSet in = interval.rows();
      if (in.codes() != null) {
        boolean[] member = in.member();
        int[] index = new int[member.length];
        for (int c = 0; c < index.length; c++) {
          index[c] = member[c] ? 1 : 2;
        }
        return TallyDim.ofCodes(3, in.codes(), index, 0);
      }
      return TallyDim.ofRows(3, row -> column.isMissing(row) ? 0 : in.contains(row) ? 1 : 2);
    }

    /** Returns, per level, whether the level matches one combination's value for this member. */
    boolean[] match(Object value) {
      if (codes == null) {
        return new boolean[] {true, false};
      }
      boolean[] byCode = ValueMatcher.match(codes, List.of(value));
      boolean[] out = new boolean[texts.length];
      for (int c = 0; c < byCode.length; c++) {
        if (byCode[c] && levelOfCode[c] >= 0) {
          out[levelOfCode[c]] = true;
        }
      }
      return out;
    }

    String text(Object value) {
      return codes == null ? texts[0] : ValueText.render(value);
    }
  }
}
