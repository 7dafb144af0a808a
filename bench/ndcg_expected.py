#!/usr/bin/env python3
"""Expected nDCG values for the feature-attribution drift tests (issue 24), from scikit-learn.

Writes testdata/drift/ndcg_expected.json: for each hand-made case and for each label of each pair
of real analysis.json files under testdata/drift/, the gains (baseline global SHAP values), the
scores (current ones) and sklearn.metrics.ndcg_score([gains], [scores]) with its defaults
(k=None, ignore_ties=False: tied scores share their averaged gain).

Run from the repository root with scikit-learn 1.2.1:
    python3 bench/ndcg_expected.py
"""
import json
import os
import sys
import warnings

import numpy as np
import sklearn
from sklearn.metrics import ndcg_score

HAND = [
    ("distinct", [0.3, 0.2, 0.1, 0.05], [0.31, 0.19, 0.12, 0.04]),
    ("reversed", [0.3, 0.2, 0.1, 0.05], [0.05, 0.1, 0.2, 0.3]),
    ("model_monitor_doc", [0.70, 0.50, 0.05], [0.10, 0.20, 0.70]),
    ("two_swapped", [0.9, 0.5, 0.4, 0.3, 0.2, 0.1], [0.9, 0.4, 0.5, 0.3, 0.2, 0.1]),
    ("tied_scores_pair", [0.5, 0.3, 0.2, 0.1], [0.4, 0.4, 0.1, 0.2]),
    ("tied_scores_three", [0.1, 0.7, 0.2, 0.4, 0.05], [0.3, 0.3, 0.3, 0.9, 0.0]),
    ("all_scores_tied", [0.4, 0.3, 0.2, 0.1], [0.25, 0.25, 0.25, 0.25]),
    ("tied_gains", [0.2, 0.2, 0.2, 0.1], [0.1, 0.3, 0.2, 0.25]),
    ("zero_scores", [0.5, 0.2, 0.1, 0.0, 0.3], [0.0, 0.0, 0.4, 0.0, 0.2]),
    ("zero_gains_some", [0.0, 0.6, 0.0, 0.2, 0.0], [0.5, 0.1, 0.3, 0.2, 0.0]),
    ("all_gains_zero", [0.0, 0.0, 0.0], [0.3, 0.2, 0.1]),
    ("negative_zero_score", [0.3, 0.2, 0.1], [0.0, -0.0, 0.1]),
    ("many_features_ties",
     [0.11, 0.02, 0.3, 0.07, 0.0, 0.15, 0.01, 0.09, 0.2, 0.05, 0.04, 0.12, 0.0, 0.06],
     [0.1, 0.02, 0.25, 0.1, 0.0, 0.1, 0.0, 0.09, 0.3, 0.05, 0.05, 0.12, 0.0, 0.06]),
    ("negative_gains_median", [0.3, -0.1, 0.2, 0.05], [0.1, 0.2, 0.3, -0.05]),
    ("tiny_values", [3e-9, 1e-9, 2e-9, 5e-10], [1e-9, 3e-9, 2e-9, 5e-10]),
]

REAL_PAIRS = [("shap_run_a.json", "shap_run_b.json")]


def ndcg(gains, scores):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", FutureWarning)
        return float(ndcg_score(np.asarray([gains], dtype=float), np.asarray([scores], dtype=float)))


def real_cases(folder):
    out = []
    for base_name, cur_name in REAL_PAIRS:
        with open(os.path.join(folder, base_name)) as f:
            base = json.load(f)["explanations"]["kernel_shap"]
        with open(os.path.join(folder, cur_name)) as f:
            cur = json.load(f)["explanations"]["kernel_shap"]
        for label, entry in base.items():
            b = entry["global_shap_values"]
            c = cur[label]["global_shap_values"]
            features = list(b) + [k for k in c if k not in b]
            gains = [b.get(k, 0.0) for k in features]
            scores = [c.get(k, 0.0) for k in features]
            out.append({"name": f"{base_name} vs {cur_name} label {label}", "baseline": base_name,
                        "current": cur_name, "label": label, "features": features,
                        "gains": gains, "scores": scores, "ndcg": ndcg(gains, scores)})
    return out


def main():
    folder = os.path.join("testdata", "drift")
    cases = [{"name": n, "gains": g, "scores": s, "ndcg": ndcg(g, s)} for n, g, s in HAND]
    doc = {"made_by": "bench/ndcg_expected.py", "sklearn": sklearn.__version__,
           "numpy": np.__version__, "hand": cases, "real": real_cases(folder)}
    with open(os.path.join(folder, "ndcg_expected.json"), "w") as f:
        json.dump(doc, f, indent=1)
        f.write("\n")
    for c in cases + doc["real"]:
        print(f"{c['ndcg']!r:>22}  {c['name']}")


if __name__ == "__main__":
    sys.exit(main())
