package dev.fairness.report;

import dev.fairness.report.ReportModel.NamedValue;
import dev.fairness.report.ReportModel.PdpRow;
import dev.fairness.report.ReportModel.PdpView;
import dev.fairness.report.ReportModel.ShapSection;
import dev.fairness.report.ReportModel.ShapView;
import dev.fairness.report.SvgBarChart.Item;
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

  /** Features listed in the Markdown top list. */
  static final int TOP_FEATURES = 10;

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
        List.copyOf(features),
        List.copyOf(features.subList(0, Math.min(TOP_FEATURES, features.size()))));
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
      return new PdpView(p.featureName(), p.dataType(), p.error(), null, List.of(), List.of());
    }
    List<String> headers = p.labelHeaders() == null ? List.of() : List.copyOf(p.labelHeaders());
    List<Object> values = p.featureValues() == null ? List.of() : p.featureValues();
    List<Double> dist = p.dataDistribution() == null ? List.of() : p.dataDistribution();
    List<List<Double>> predictions =
        p.modelPredictions() == null ? List.of() : p.modelPredictions();
    List<String> gridLabels = new ArrayList<>();
    List<PdpRow> rows = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      Object value = values.get(i);
      String shown = value instanceof Double d ? DecimalText.round4(d) : ValueText.render(value);
      gridLabels.add(value instanceof Double d ? DecimalText.compact(d) : shown);
      List<String> cells = new ArrayList<>();
      for (List<Double> line : predictions) {
        cells.add(i < line.size() ? number(line.get(i)) : DecimalText.DASH);
      }
      rows.add(
          new PdpRow(
              shown,
              ValueText.render(value),
              i < dist.size() ? number(dist.get(i)) : DecimalText.DASH,
              List.copyOf(cells)));
    }
    SvgLineChart chart =
        SvgLineChart.of(
            "Partial dependence on " + p.featureName(), gridLabels, dist, headers, predictions);
    return new PdpView(p.featureName(), p.dataType(), null, chart, headers, List.copyOf(rows));
  }

  private static String number(Double v) {
    return v == null ? DecimalText.DASH : DecimalText.round4(v);
  }
}
