package dev.fairness;

/** Receives progress of long phases (model predictions, SHAP records); may ignore it. */
public interface Progress {

  /** Called when a phase with {@code total} units starts. */
  void start(String task, long total);

  /** Called as units complete; {@code done} reaches {@code total} at the end. */
  void advance(String task, long done, long total);

  /** Returns a receiver that ignores everything. */
  static Progress none() {
    return new Progress() {
      @Override
      public void start(String task, long total) {}

      @Override
      public void advance(String task, long done, long total) {}
    };
  }
}
