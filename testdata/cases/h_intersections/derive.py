#!/usr/bin/python3
"""Makes this case's smclarify expectation: the intersections as derived columns.

usage: derive.py WORK_DIR   (then run the smclarify oracle on WORK_DIR/config.json)

Writes WORK_DIR/derived.csv, the Adult test set plus the columns "Sex, Race" (Sex and Race joined
by ", ") and "Sex, fnlwgt" (Sex, then "(200000, <max>]" when fnlwgt > 200000, else "not (200000, <max>]":
fnlwgt is a continuous column, so 200000 is a threshold), and
WORK_DIR/config.json, this case's config with each intersection replaced by its derived column.
"""
import json
import sys
from pathlib import Path

import pandas as pd

here = Path(__file__).resolve().parent
work = Path(sys.argv[1])
work.mkdir(parents=True, exist_ok=True)
df = pd.read_csv(here / "../../datasets/adult_test_with_predictions.csv")
interval = "(200000, %d]" % df["fnlwgt"].max()
df["Sex, Race"] = df["Sex"] + ", " + df["Race"]
df["Sex, fnlwgt"] = df["Sex"] + ", " + df["fnlwgt"].map(lambda a: interval if a > 200000 else "not " + interval)
df.to_csv(work / "derived.csv", index=False)
cfg = json.loads((here / "config.json").read_text())
cfg["dataset_uri"] = str(work / "derived.csv")
cfg["facet"] = [
    {"name_or_index": "Sex, Race"},
    {"name_or_index": "Sex, fnlwgt", "value_or_threshold": ["Female, " + interval]},
]
(work / "config.json").write_text(json.dumps(cfg, indent=2))
