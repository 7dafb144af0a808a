"""Runs the anchor's fairlearn_oracle.py on a JSON Lines dataset ({"features": [...], "label": ..,
"score": ..} per line): pandas reads the lines, the features become columns named by --columns,
and the table is handed to the oracle as CSV. Used for testdata/mitigate/ties600.jsonl.

usage: fairlearn_jsonl.py --jsonl FILE --columns group,sub --oracle <anchor>/fairlearn_oracle.py
       -- <oracle arguments without --data>
"""
import argparse
import os
import subprocess
import sys
import tempfile

import pandas as pd

p = argparse.ArgumentParser()
p.add_argument("--jsonl", required=True)
p.add_argument("--columns", required=True)
p.add_argument("--oracle", required=True)
a, rest = p.parse_known_args()
rest = [r for r in rest if r != "--"]
# precise_float: pandas' default JSON float parser may be 1 ulp off (0.65 read as 0.6500000000000001
# in a midpoint); Jackson and the CSV readers round correctly
df = pd.read_json(a.jsonl, lines=True, precise_float=True)
names = a.columns.split(",")
table = pd.DataFrame(df["features"].tolist(), columns=names)
table["label"] = df["label"]
table["score"] = df["score"]
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "data.csv")
    table.to_csv(path, index=False)
    sys.exit(subprocess.call([sys.executable, a.oracle, "--data", path] + rest))
