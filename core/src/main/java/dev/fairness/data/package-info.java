/**
 * Reads datasets into columnar tables (spec §3): CSV, JSON Lines and JSON readers, §3.1 cell and
 * column typing, column roles (§3.4) and side-file joins (§3.5).
 *
 * <p>Main types: {@link dev.fairness.data.DatasetLoader} (entry point), {@link
 * dev.fairness.data.Dataset} (table plus resolved roles), {@link dev.fairness.data.Table}, {@link
 * dev.fairness.data.Column} with its primitive implementations, {@link
 * dev.fairness.data.ColumnBuilder} and {@link dev.fairness.data.Columns} (typing outside the
 * readers), {@link dev.fairness.data.DataException} (exit 3).
 *
 * <p>Storage is primitive (spec §3.6): INT, BOOL and STRING codes in width-packed integer arrays,
 * FLOAT in {@code double[]} with NaN for missing; no per-cell boxing. Only the role columns and the
 * columns that {@link dev.fairness.data.ColumnNeeds} asks for are kept.
 *
 * <p>Plain CSV (ASCII, {@code \n} line ends, no quotes) is read over all cores by {@code
 * BlockCsvReader} (blocks split by worker threads, typed cells added in file order); anything else
 * falls back to the Commons CSV reader, which defines spec §3.1.
 *
 * <p>Allowed dependencies: {@code dev.fairness} (exceptions, {@code RunLog}), {@code
 * dev.fairness.config} (records only), Commons CSV, Jackson and jmespath-java. Nothing here prints,
 * exits, or depends on {@code plan}, {@code model}, {@code stats}, {@code metrics} or {@code
 * report}.
 */
package dev.fairness.data;
