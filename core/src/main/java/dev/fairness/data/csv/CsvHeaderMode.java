package dev.fairness.data.csv;

/** How the first CSV row is treated when the config has no {@code headers} (spec §3.1, §1). */
public enum CsvHeaderMode {
  /** The first row is a header iff none of its cells is a number and the file has 2+ rows. */
  AUTO,
  /** The first row is always the header. */
  PRESENT,
  /** The file has no header row; columns are named {@code column_0}, {@code column_1}, …. */
  ABSENT
}
