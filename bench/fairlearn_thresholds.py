#!/usr/bin/env python3
"""Times Fairlearn 0.10.0's ThresholdOptimizer(prefit=True, predict_method="predict_proba") on a
CSV for the six constraints, for bench/mitigate.sh. Prints one JSON line: read_s (pandas read of
the needed columns), fit_s (the six fits), and writes the fitted rules, keyed as
fairlearn_oracle.py keys them, to --rules.

usage: PYTHONPATH=<fairlearn-src> python3 bench/fairlearn_thresholds.py --data F.csv \
           --label Target --positive 1 --sensitive Sex --score score --rules OUT.json
"""
import argparse
import json
import math
import time
import warnings

import numpy as np
import pandas as pd

warnings.filterwarnings("ignore")
from fairlearn.postprocessing import ThresholdOptimizer  # noqa: E402

CONSTRAINTS = ["demographic_parity", "equalized_odds", "true_positive_rate_parity",
               "false_positive_rate_parity", "false_negative_rate_parity",
               "true_negative_rate_parity"]


class ScoreModel:
    classes_ = np.array([0, 1])

    def fit(self, X, y, **kw):
        return self

    def predict_proba(self, X):
        v = X["score"].to_numpy(dtype=float)
        return np.c_[1 - v, v]

    def get_params(self, deep=True):
        return {}

    def __sklearn_is_fitted__(self):
        return True


def num(x):
    x = float(x)
    return ("Infinity" if x > 0 else "-Infinity") if math.isinf(x) else x


def main():
    ap = argparse.ArgumentParser()
    for k in ("data", "label", "positive", "sensitive", "score", "rules"):
        ap.add_argument("--" + k, required=True)
    a = ap.parse_args()
    t0 = time.perf_counter()
    df = pd.read_csv(a.data, usecols=[a.label, a.sensitive, a.score],
                     dtype={a.label: str, a.sensitive: str}, keep_default_na=False)
    t1 = time.perf_counter()
    y = (df[a.label] == a.positive).astype(int).to_numpy()
    X = pd.DataFrame({"score": df[a.score].astype(float)})
    rules = {}
    for c in CONSTRAINTS:
        to = ThresholdOptimizer(estimator=ScoreModel(), constraints=c, objective="accuracy_score",
                                prefit=True, predict_method="predict_proba")
        to.fit(X, y, sensitive_features=df[a.sensitive])
        groups = {}
        for g, d in to.interpolated_thresholder_.interpolation_dict.items():
            r = {"p0": num(d["p0"]), "threshold0": num(d["operation0"]._threshold),
                 "p1": num(d["p1"]), "threshold1": num(d["operation1"]._threshold)}
            if "p_ignore" in d:
                r["p_ignore"] = num(d["p_ignore"])
                r["prediction_constant"] = num(d["prediction_constant"])
            groups[str(g)] = r
        rules[c] = {"objective": "accuracy_score", "grid_size": 1000, "groups": groups}
    t2 = time.perf_counter()
    with open(a.rules, "w") as f:
        json.dump(rules, f)
    print(json.dumps({"read_s": t1 - t0, "fit_s": t2 - t1}))


if __name__ == "__main__":
    main()
