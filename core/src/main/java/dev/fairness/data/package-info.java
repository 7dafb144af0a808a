/**
 * Reads datasets into columnar tables: JSON Lines and JSON readers (the CSV readers are in {@link
 * dev.fairness.data.csv}), cell and column typing, column roles and side-file joins.
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
 * <p>Parquet ({@link dev.fairness.data.ParquetSource}) is typed from the file's schema ({@code
 * ParquetColumns}, docs/parquet.md). {@link dev.fairness.data.CountedRowsBuilder} and {@link
 * dev.fairness.data.JsonLineCells} type cells read elsewhere (a Spark job) by the same rules.
 *
 * <p>Allowed dependencies: {@code dev.fairness} (exceptions, {@code RunLog}), {@code
 * dev.fairness.config} (records only), {@code dev.fairness.text}, {@code dev.fairness.data.csv}
 * (only {@code DatasetLoader}, {@code CsvDataset} and {@code SideFiles}), Commons CSV, Jackson,
 * jmespath-java, and parquet-java with aircompressor (only the {@code Parquet*} classes). Nothing
 * here prints, exits, or depends on {@code bias}, {@code model}, {@code stats}, {@code metrics} or
 * {@code report}.
 */
package dev.fairness.data;
