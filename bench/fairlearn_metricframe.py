#!/usr/bin/python3
"""Times Fairlearn's MetricFrame on a CSV, as `fairness` computes group_metrics: the 8 metrics of
issue 17 per group of the --sensitive columns (joined by ", "), overall, difference/ratio between
groups and to overall, and the four summary functions. Prints one JSON line of seconds.

usage: PYTHONPATH=<fairlearn checkout> bench/fairlearn_metricframe.py --data CSV --label COL
       --positive V --pred COL --sensitive COL [--sensitive COL ...] [--n-boot N]
With --n-boot N the MetricFrame also draws N bootstrap replicates (ci_quantiles 0.025/0.975,
random_state 0), which is what issue 18 compares against.
"""
import argparse
import json
import time
import warnings

warnings.filterwarnings("ignore")
t0 = time.perf_counter()
import pandas as pd  # noqa: E402
from fairlearn.metrics import (  # noqa: E402
    MetricFrame, count, demographic_parity_difference, demographic_parity_ratio,
    equalized_odds_difference, equalized_odds_ratio, false_negative_rate, false_positive_rate,
    selection_rate, true_negative_rate, true_positive_rate)
from sklearn.metrics import accuracy_score, precision_score  # noqa: E402

ap = argparse.ArgumentParser()
ap.add_argument("--data", required=True)
ap.add_argument("--label", required=True)
ap.add_argument("--positive", required=True)
ap.add_argument("--pred", required=True)
ap.add_argument("--sensitive", action="append", required=True)
ap.add_argument("--n-boot", type=int, default=None,
                help="bootstrap replicates (MetricFrame n_boot, 95 %% interval); default none")
a = ap.parse_args()
t_import = time.perf_counter() - t0

t = time.perf_counter()
df = pd.read_csv(a.data, usecols=[a.label, a.pred] + a.sensitive)
t_read = time.perf_counter() - t

t = time.perf_counter()
y = (df[a.label].astype(str) == a.positive).astype(int).to_numpy()
p = (df[a.pred].astype(str) == a.positive).astype(int).to_numpy()
key = df[a.sensitive[0]].astype(str)
for col in a.sensitive[1:]:
    key = key + ", " + df[col].astype(str)
t_prepare = time.perf_counter() - t

t = time.perf_counter()
metrics = {
    "count": count, "selection_rate": selection_rate, "accuracy": accuracy_score,
    "true_positive_rate": true_positive_rate, "false_positive_rate": false_positive_rate,
    "false_negative_rate": false_negative_rate, "true_negative_rate": true_negative_rate,
    "precision": lambda yt, yp: precision_score(yt, yp, zero_division=0)}
boot = {} if a.n_boot is None else {
    "n_boot": a.n_boot, "ci_quantiles": [0.025, 0.975], "random_state": 0}
mf = MetricFrame(metrics=metrics, y_true=y, y_pred=p, sensitive_features=key, **boot)
for kind in ("difference", "ratio"):
    for method in ("between_groups", "to_overall"):
        getattr(mf, kind)(method=method)
for f in (demographic_parity_difference, demographic_parity_ratio, equalized_odds_difference,
          equalized_odds_ratio):
    f(y, p, sensitive_features=key)
t_frame = time.perf_counter() - t

print(json.dumps({"import_s": round(t_import, 3), "read_csv_s": round(t_read, 3),
                  "prepare_s": round(t_prepare, 3), "metric_frame_s": round(t_frame, 3),
                  "groups": int(mf.by_group.shape[0])}))
