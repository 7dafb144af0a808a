package dev.fairness;

import java.util.Objects;

/**
 * One surprise of a run that the user must be told about: a stable code, where it is (config key,
 * {@code file:line}, column), what happened and how to fix it. Every finding is a {@code warn} log
 * line, a line of the stdout summary, an entry of analysis.json's {@code warnings}, a line of the
 * reports' warnings section and a JUnit case; a finding that {@link #changesMeaning() changes what
 * a number means} makes {@code --strict} exit 5.
 *
 * @param code stable kebab-case identifier, e.g. {@code one-value-categorical} (see {@link Code})
 * @param where config key, {@code file:line} or column the finding is about; empty when none
 * @param message what happened, one sentence without a trailing period
 * @param fix what to do about it, or empty when there is nothing to do
 * @param changesMeaning true when a number of the run means something else than the user likely
 *     meant (fails {@code --strict})
 */
public record Finding(
    String code, String where, String message, String fix, boolean changesMeaning) {

  /** The codes of the findings the engine raises; other helpers add theirs here. */
  public static final class Code {
    /** A plain warn line that carries no code of its own. */
    public static final String WARNING = "warning";

    /** A duplicate CSV column name was renamed the way pandas does. */
    public static final String DUPLICATE_COLUMN = "duplicate-column";

    /** The first data row looks like a header row. */
    public static final String HEADER_LIKE_ROW = "header-like-row";

    /** One number was given for a column classified CATEGORICAL: it is matched, not a threshold. */
    public static final String ONE_VALUE_CATEGORICAL = "one-value-categorical";

    /** One threshold was given for a column of two integers classified CONTINUOUS. */
    public static final String TWO_VALUE_THRESHOLD = "two-value-threshold";

    /** A configuration key has no effect in this run. */
    public static final String KEY_NO_EFFECT = "key-no-effect";

    /** A role column (label, facet, predicted label, group variable) has missing cells. */
    public static final String MISSING_VALUES = "missing-values";

    /** A facet group has no row or every row. */
    public static final String EMPTY_GROUP = "empty-group";

    /** A facet group has fewer rows than a bias metric can be trusted on. */
    public static final String SMALL_GROUP = "small-group";

    /** A boolean facet with missing cells got smclarify's extra group {@code nan}. */
    public static final String NAN_GROUP = "nan-group";

    private Code() {}
  }

  /** Creates a finding; null {@code where} or {@code fix} become empty. */
  public Finding {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
    where = where == null ? "" : where;
    fix = fix == null ? "" : fix;
  }

  /** Returns a finding for a plain warn line: code {@code warning}, no place, no fix. */
  public static Finding plain(String message) {
    return new Finding(Code.WARNING, "", message, "", false);
  }

  /**
   * Returns the one-line text of the finding, {@code <where>: <message>; <fix>} (parts that are
   * empty left out): the warn log line and the line in the reports.
   */
  public String text() {
    StringBuilder b = new StringBuilder();
    if (!where.isEmpty()) {
      b.append(where).append(": ");
    }
    b.append(message);
    if (!fix.isEmpty()) {
      b.append("; ").append(fix);
    }
    return b.toString();
  }
}
