package dev.fairness.bias;

import dev.fairness.bias.count.RowSet;

/**
 * The positive label index (spec §4.2).
 *
 * @param kind the label column's kind
 * @param positive per row, whether the label is positive (missing cells are not)
 * @param text the {@code label_value_or_threshold} string
 * @param threshold the threshold (CONTINUOUS), else null
 * @param max the label maximum (CONTINUOUS), else null
 * @param integral whether a CONTINUOUS label is integer-typed (INT, or integer strings)
 */
public record LabelIndex(
    ColumnKind kind,
    RowSet positive,
    String text,
    Number threshold,
    Number max,
    boolean integral) {}
