package dev.fairness.data.csv;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;

/**
 * One CSV file read record by record (spec §3.1), blank lines skipped. Cells of the current record
 * are materialized on demand, so columns nobody asked for cost no {@link String}.
 */
interface CsvRows extends Closeable {

  /** Advances to the next record; returns false at the end of the file. */
  boolean next() throws IOException;

  /** Returns the number of cells of the current record. */
  int size();

  /** Returns cell {@code j} of the current record, untrimmed. */
  String cell(int j);

  /**
   * Returns the exception for a current record that does not have {@code expected} cells: the
   * spec's {@code Row <n> of <file> has <k> cells, expected <m>}, or for a reader that cannot tell
   * the line number, {@link AsciiCsvRows.Unsure}.
   */
  RuntimeException ragged(Path file, int expected);

  /**
   * Tells the reader how many cells every record must have, so that it can refuse a longer record
   * while reading it, before its cells fill the heap. The default does nothing.
   */
  default void expectCells(int expected) {}
}
