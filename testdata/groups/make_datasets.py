#!/usr/bin/python3
"""Makes the two small group-metric datasets of testdata/datasets/ from the shared raw files.

usage: make_datasets.py COMPAS_CSV GERMAN_DATA OUT_DIR
  COMPAS_CSV   ProPublica's compas-scores-two-years.csv
  GERMAN_DATA  Statlog german.data (20 attributes and the class, space-separated)

compas_groups.csv: sex, race, age_cat, decile_score, two_year_recid, and high_risk = 1 when the
  COMPAS decile_score is 5 or more (ProPublica's "medium or high risk"), else 0.
german_groups.csv: sex (from attribute 9: A92/A95 female, else male), age (attribute 13),
  age_group ("(25, 75]" when age > 25, else "not (25, 75]": the tool's groups for the threshold 25),
  foreign_worker (attribute 20: yes/no), duration, credit_amount, good_credit (class 1 -> 1, 2 -> 0),
  and predicted = a scikit-learn LogisticRegression (lbfgs, max_iter=1000, default C) fitted on
  duration, credit_amount, installment rate, age and existing credits of all 1,000 rows, predicting
  good_credit on the same rows.
"""
import sys

import numpy as np
import pandas as pd
from sklearn.linear_model import LogisticRegression

compas_csv, german_data, out = sys.argv[1:4]
c = pd.read_csv(compas_csv)
# the file repeats decile_score; pandas names the second one decile_score.1 (equal values)
compas = pd.DataFrame({
    "sex": c["sex"], "race": c["race"], "age_cat": c["age_cat"],
    "decile_score": c["decile_score"], "two_year_recid": c["two_year_recid"],
    "high_risk": (c["decile_score"] >= 5).astype(int)})
compas.to_csv(f"{out}/compas_groups.csv", index=False)

g = pd.read_csv(german_data, sep=" ", header=None)
age = g[12]
german = pd.DataFrame({
    "sex": np.where(g[8].isin(["A92", "A95"]), "female", "male"),
    "age": age,
    "age_group": np.where(age > 25, "(25, %d]" % age.max(), "not (25, %d]" % age.max()),
    "foreign_worker": np.where(g[19] == "A201", "yes", "no"),
    "duration": g[1], "credit_amount": g[4],
    "good_credit": (g[20] == 1).astype(int)})
x = np.c_[g[1], g[4], g[7], age, g[15]].astype(float)
model = LogisticRegression(max_iter=1000).fit(x, german["good_credit"])
german["predicted"] = model.predict(x)
german.to_csv(f"{out}/german_groups.csv", index=False)
