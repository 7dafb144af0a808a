#!/usr/bin/env python3
"""Fairlearn 0.10.0's randomized predictions of ThresholdOptimizer(prefit=True,
predict_method="predict_proba") on a CSV, for checking `fairness apply-thresholds`.

usage: PYTHONPATH=<fairlearn-src> python3 bench/fairlearn_predict.py --data F.csv --label COL \
           --positive V --sensitive COL --score COL --constraint NAME --objective NAME \
           --seed N --out OUT.json

Writes {"predictions": "0110...", "probabilities": [first 2000 _pmf_predict positive values]}
for the same rows it was fitted on, in file order.
"""
import argparse
import json
import warnings

import numpy as np
import pandas as pd

warnings.filterwarnings("ignore")
from fairlearn.postprocessing import ThresholdOptimizer  # noqa: E402


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


def main():
    ap = argparse.ArgumentParser()
    for k in ("data", "label", "positive", "sensitive", "score", "constraint", "objective", "out"):
        ap.add_argument("--" + k, required=True)
    ap.add_argument("--seed", type=int, required=True)
    a = ap.parse_args()
    df = pd.read_csv(a.data, dtype=str, keep_default_na=False)
    y = (df[a.label] == a.positive).astype(int).to_numpy()
    X = pd.DataFrame({"score": df[a.score].astype(float)})
    to = ThresholdOptimizer(estimator=ScoreModel(), constraints=a.constraint, objective=a.objective,
                            prefit=True, predict_method="predict_proba")
    to.fit(X, y, sensitive_features=df[a.sensitive])
    pred = to.predict(X, sensitive_features=df[a.sensitive], random_state=a.seed)
    pmf = to._pmf_predict(X, sensitive_features=df[a.sensitive])[:, 1]
    with open(a.out, "w") as f:
        json.dump({"predictions": "".join(str(int(v)) for v in pred),
                   "probabilities": [float(v) for v in pmf[:2000]]}, f)


if __name__ == "__main__":
    main()
