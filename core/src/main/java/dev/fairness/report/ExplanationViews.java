package dev.fairness.report;

import dev.fairness.report.ReportModel.NamedValue;
import dev.fairness.report.ReportModel.PdpRow;
import dev.fairness.report.ReportModel.PdpView;
import dev.fairness.report.ReportModel.ShapSection;
import dev.fairness.report.ReportModel.ShapView;
import dev.fairness.report.SvgBarChart.Item;
import dev.fairness.report.SvgBarChart.LegendEntry;
import dev.fairness.result.Explanations;
import dev.fairness.result.PdpResult;
import dev.fairness.result.ShapLabelResult;
import dev.fairness.text.ValueText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Builds the SHAP and PDP sections of the view model (spec §9.6 sections 5 and 6). */
final class ExplanationViews {

  /** Features drawn in the SHAP bar chart. */
  static final int CHART_FEATURES = 20;

  /** Colour classes of the series ({@code s0} … {@code s5}). */
  private static final int SERIES_STYLES = 6;

  private ExplanationViews() {}

  /** Returns the SHAP section, or null when SHAP was not requested. */
  static ShapSection shap(Explanations explanations) {
    if (explanations == null || explanations.kernelShap() == null) {
      return null;
    }
    List<ShapView> labels = new ArrayList<>();
    for (Map.Entry<String, ShapLabelResult> e : explanations.kernelShap().entrySet()) {
      labels.add(shapLabel(e.getKey(), e.getValue()));
    }
    return new ShapSection(
        explanations.aggMethod() == null ? "mean_abs" : explanations.aggMethod(),
        Integer.toString(explanations.explainedRecords()),
        List.copyOf(labels));
  }

  private static ShapView shapLabel(String key, ShapLabelResult r) {
    List<Map.Entry<String, Double>> sorted = new ArrayList<>(r.globalShapValues().entrySet());
    // Descending by value; a stable sort keeps feature order among equal values.
    sorted.sort(
        Comparator.comparing(
            (Map.Entry<String, Double> e) ->
                e.getValue() == null ? Double.NEGATIVE_INFINITY : e.getValue(),
            Comparator.reverseOrder()));
    List<NamedValue> features = new ArrayList<>();
    List<Item> items = new ArrayList<>();
    for (Map.Entry<String, Double> e : sorted) {
      double v = e.getValue() == null ? Double.NaN : e.getValue();
      features.add(new NamedValue(e.getKey(), DecimalText.round4(v), DecimalText.full(v)));
      if (items.size() < CHART_FEATURES) {
        items.add(new Item(e.getKey(), v, "shap"));
      }
    }
    SvgBarChart chart =
        SvgBarChart.of(
            "Global SHAP values for " + key + " (top " + items.size() + ")",
            SvgBarChart.Layout.FEATURES,
            items,
            false,
            List.of());
    return new ShapView(
        key,
        DecimalText.round4(r.expectedValue()),
        DecimalText.full(r.expectedValue()),
        chart,
        List.copyOf(features));
  }

  /**
   * Returns a sentence saying that {@code label0}, {@code label1}, … are the model's outputs by
   * position when the explanations use such keys, else null.
   */
  static String labelKeyNote(Explanations explanations) {
    if (explanations == null) {
      return null;
    }
    List<String> keys = new ArrayList<>();
    if (explanations.kernelShap() != null) {
      keys.addAll(explanations.kernelShap().keySet());
    }
    if (explanations.pdp() != null) {
      for (PdpResult p : explanations.pdp()) {
        if (p.labelHeaders() != null) {
          keys.addAll(p.labelHeaders());
        }
      }
    }
    if (keys.stream().noneMatch(k -> k.matches("label[0-9]+"))) {
      return null;
    }
    return "label0, label1, … name the model's outputs by position (label0 is its first score):"
        + " the predictor gives no label_headers of the right length. Set predictor.label_headers"
        + " to name them.";
  }

  /** Returns the PDP views in feature order; empty when PDP was not requested. */
  static List<PdpView> pdp(Explanations explanations) {
    if (explanations == null || explanations.pdp() == null) {
      return List.of();
    }
    List<PdpView> out = new ArrayList<>();
    for (PdpResult p : explanations.pdp()) {
      out.add(pdpView(p));
    }
    return List.copyOf(out);
  }

  private static PdpView pdpView(PdpResult p) {
    if (p.error() != null) {
      return new PdpView(
          p.featureName(), p.dataType(), p.error(), null, null, List.of(), List.of());
    }
    List<String> headers = p.labelHeaders() == null ? List.of() : List.copyOf(p.labelHeaders());
    List<Object> values = p.featureValues() == null ? List.of() : p.featureValues();
    List<Double> dist = p.dataDistribution() == null ? List.of() : p.dataDistribution();
    List<List<Double>> predictions =
        p.modelPredictions() == null ? List.of() : p.modelPredictions();
    boolean categorical = "categorical".equals(p.dataType());
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      order.add(i);
    }
    if (categorical) {
      order.sort((x, y) -> compareValues(values.get(x), values.get(y)));
    }
    List<String> gridLabels = new ArrayList<>();
    List<PdpRow> rows = new ArrayList<>();
    List<Item> bars = new ArrayList<>();
    for (int i : order) {
      Object value = values.get(i);
      String shown = value instanceof Double d ? DecimalText.round4(d) : ValueText.render(value);
      gridLabels.add(value instanceof Double d ? DecimalText.compact(d) : shown);
      List<String> cells = new ArrayList<>();
      for (int j = 0; j < predictions.size(); j++) {
        List<Double> line = predictions.get(j);
        Double score = i < line.size() ? line.get(i) : null;
        cells.add(number(score));
        String key = j < headers.size() ? headers.get(j) : "label" + j;
        bars.add(
            new Item(
                j == 0 ? shown : "",
                shown + ", " + key,
                score == null ? Double.NaN : score,
                "s" + (j % SERIES_STYLES)));
      }
      rows.add(
          new PdpRow(
              shown,
              ValueText.render(value),
              i < dist.size() ? number(dist.get(i)) : DecimalText.DASH,
              List.copyOf(cells)));
    }
    String title = "Partial dependence on " + p.featureName();
    if (categorical) {
      List<LegendEntry> legend = new ArrayList<>();
      for (int j = 0; j < headers.size(); j++) {
        legend.add(new LegendEntry("s" + (j % SERIES_STYLES), headers.get(j)));
      }
      SvgBarChart chart =
          SvgBarChart.of(title, SvgBarChart.Layout.FEATURES, bars, false, List.copyOf(legend));
      return new PdpView(
          p.featureName(), p.dataType(), null, null, chart, headers, List.copyOf(rows));
    }
    SvgLineChart chart = SvgLineChart.of(title, gridLabels, dist, headers, predictions);
    return new PdpView(
        p.featureName(), p.dataType(), null, chart, null, headers, List.copyOf(rows));
  }

  /**
   * Orders categorical grid values: numbers by value before any text, text by code point, other
   * values by their text.
   */
  static int compareValues(Object x, Object y) {
    boolean nx = x instanceof Number;
    boolean ny = y instanceof Number;
    if (nx && ny) {
      return Double.compare(((Number) x).doubleValue(), ((Number) y).doubleValue());
    }
    if (nx != ny) {
      return nx ? -1 : 1;
    }
    return ValueText.render(x).compareTo(ValueText.render(y));
  }

  private static String number(Double v) {
    return v == null ? DecimalText.DASH : DecimalText.round4(v);
  }
}
