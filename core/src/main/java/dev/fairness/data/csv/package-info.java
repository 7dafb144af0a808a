/**
 * Reads CSV datasets into the columns of {@link dev.fairness.data}: header detection, the field
 * size limit, and two readers that type cells the same way.
 *
 * <p>Entry point: {@link dev.fairness.data.csv.CsvSource} (one source of one or more part files),
 * called by {@link dev.fairness.data.DatasetLoader}. Plain CSV (ASCII, {@code \n} line ends, no
 * quotes) is read over all cores by {@code BlockCsvReader} (blocks split by worker threads, typed
 * cells added in file order); anything else falls back to the Commons CSV reader ({@code
 * CommonsCsvRows}), which defines the typing rules the fast reader must match.
 *
 * <p>Allowed dependencies: {@code dev.fairness} (exceptions, {@code RunLog}), {@code
 * dev.fairness.data} (column builders, cell typing, file opening, limits) and Commons CSV. Nothing
 * here prints or exits.
 */
package dev.fairness.data.csv;
