package dev.fairness.data;

import java.util.List;

/**
 * What a reader returns: the row count, the kept columns in source order, and the trimmed text of
 * the join-key column per row (null when no key was asked for).
 */
public record SourceData(int rows, List<Column> columns, List<String> keys) {}
