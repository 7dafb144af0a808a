package dev.fairness.explain;

import java.util.List;

/** Receives local SHAP values record by record, in dataset order (e.g. {@link ShapCsvWriter}). */
public interface LocalShapSink {

  /** Called once before the first record with the label keys (spec §6.3). */
  void begin(List<String> labelKeys);

  /**
   * Called once per explained record, in order.
   *
   * @param rowIndex the record's 0-based table row index
   * @param phi {@code phi[j][e]}: output j, e-th explained feature (feature order)
   */
  void accept(int rowIndex, double[][] phi);

  /** Returns a sink that drops everything. */
  static LocalShapSink discard() {
    return new LocalShapSink() {
      @Override
      public void begin(List<String> labelKeys) {}

      @Override
      public void accept(int rowIndex, double[][] phi) {}
    };
  }
}
