#!/usr/bin/python3
"""Differential test: random small CSV datasets and configs through smclarify and `fairness`.

Each case draws a few columns from pools of cell shapes that pandas types in surprising ways
(missing markers, padded markers, white space around numbers, booleans in odd cases, booleans with
missing cells, integers with leading zeros, floats, plain strings), a label rule, one or two facets
(values, a threshold, or one-vs-rest), an optional group variable and predicted-label column. The
anchor's smclarify oracle (imported once) and the real jar run on the same files; every group,
value (relative 1e-9), metric error text and stage error is compared, and the differences are
printed grouped by kind with one example each.

usage: ANCHOR_DIR=<anchor> PYTHONPATH=<smclarify>/src:<pyfunctional> \\
         /usr/bin/python3 bench/parity_fuzz.py --jar cli/target/fairness.jar [--cases 200] [--seed 1]
"""
import argparse
import json
import math
import os
import random
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, os.environ.get("ANCHOR_DIR", "anchor"))
import smclarify_oracle  # noqa: E402
import logging  # noqa: E402

logging.disable(logging.CRITICAL)

POOLS = {
    "str": ["a", "b", "c", " a", "None", "NA", "n/a", " ", "", "nan ", "b "],
    "bool": ["True", "false", "tRue", "FALSE", "True", "False", ""],
    "bool_full": ["True", "False", "true", "FALSE"],
    "int": ["0", "1", "2", " 3", "\t4", "007", "-0", "5", "6"],
    "int_missing": ["0", "1", "2", "", "NA", "3"],
    "binary": ["0", "1"],
    "float": ["0.5", "1.5", "2", "", "2.25", "1e1", "3.0"],
    "mixed": ["1", "x", "True", "2.5", ""],
}
LABEL_POOLS = ["str", "bool", "bool_full", "int", "binary", "float", "int_missing"]
FACET_POOLS = list(POOLS)


def json_value(rng, pool):
    cell = rng.choice([c for c in POOLS[pool] if c.strip() not in ("", "nan", "NA")] or ["a"])
    kind = rng.random()
    if pool.startswith("bool"):
        # strings "true"/"false" on a boolean column: [ADAPT] spec 4.2 (numpy's bool_("false") is
        # True, not copied), tested on its own; here JSON booleans and numbers only
        return rng.choice([True, False, 0, 1])
    if kind < 0.4:
        return cell.strip() if rng.random() < 0.7 else cell
    try:
        v = int(cell.strip())
        return v if kind < 0.7 else float(v)
    except ValueError:
        pass
    try:
        return float(cell.strip())
    except ValueError:
        pass
    low = cell.strip().lower()
    if low in ("true", "false"):
        return low == "true"
    return rng.choice([True, False, 0, 1, cell.strip()])


def make_case(rng):
    n = rng.randint(4, 60)
    cols = {}
    label_pool = rng.choice(LABEL_POOLS)
    cols["y"] = [rng.choice(POOLS[label_pool]) for _ in range(n)]
    facets = []
    for k in range(rng.choice([1, 1, 2])):
        pool = rng.choice(FACET_POOLS)
        name = f"f{k}"
        cols[name] = [rng.choice(POOLS[pool]) for _ in range(n)]
        r = rng.random()
        if r < 0.4:
            facets.append({"name_or_index": name})
        elif r < 0.8:
            facets.append({"name_or_index": name, "value_or_threshold": [json_value(rng, pool)]})
        else:
            facets.append(
                {"name_or_index": name,
                 "value_or_threshold": [json_value(rng, pool), json_value(rng, pool)]})
    cfg = {
        "dataset_type": "text/csv",
        "dataset_uri": "data.csv",
        "label": "y",
        "label_values_or_threshold": [json_value(rng, label_pool)],
        "facet": facets,
        "methods": {"pre_training_bias": {"methods": ["CI", "DPL", "KL"]}},
    }
    if rng.random() < 0.5:
        pool = rng.choice([label_pool, label_pool, rng.choice(LABEL_POOLS)])
        cols["p"] = [rng.choice(POOLS[pool]) for _ in range(n)]
        cfg["predicted_label"] = "p"
        cfg["methods"]["post_training_bias"] = {"methods": ["DPPL", "DI", "AD"]}
    if rng.random() < 0.3:
        cols["g"] = [rng.choice(["u", "v", "w"]) for _ in range(n)]
        cfg["group_variable"] = "g"
        cfg["methods"]["pre_training_bias"]["methods"].append("CDDL")
    return cfg, cols


def write_csv(path, cols):
    names = list(cols)
    n = len(cols[names[0]])

    def q(s):
        return '"' + s.replace('"', '""') + '"' if any(ch in s for ch in ',"\n\r') else s

    lines = [",".join(names)] + [",".join(q(cols[c][i]) for c in names) for i in range(n)]
    path.write_text("\n".join(lines) + "\n")


def close(a, b):
    if isinstance(a, str) or isinstance(b, str):
        return a == b
    if a is None or b is None:
        return a is b
    return a == b or abs(a - b) <= 1e-9 * max(abs(a), abs(b)) or abs(a - b) <= 1e-12


def compare(expected, code, err, analysis):
    """Returns a list of (kind, detail) differences."""
    stage = None
    stage_key = None
    for f in expected["facets"]:
        if f.get("report_errors"):
            stage_key, text = next(iter(f["report_errors"].items()))
            stage = text.split(": ", 1)[-1]
    if stage is None and "label_value_or_threshold_error" in expected:
        stage = expected["label_value_or_threshold_error"]
    if stage is not None:
        all_stage = [t.split(": ", 1)[-1] for f in expected["facets"]
                     for t in f.get("report_errors", {}).values()]
        if code == 3 and any(t in err for t in all_stage + [stage]):
            return []
        # spec 4.4: a prediction problem is reported by every post-training metric instead
        section = analysis.get(f"{stage_key}_bias_metrics") if stage_key else None
        if code == 0 and section:
            errs = {m.get("error") for gs in section["facets"].values() for g in gs for m in g["metrics"]}
            if errs == {stage}:
                return []
        return [("stage error", f"smclarify: {stage} | we: exit {code} {err.strip()[:160]}")]
    if code != 0:
        return [("we fail", err.strip()[:200])]
    diffs = []
    for stage_key, section in (("pre_training", "pre_training_bias_metrics"),
                               ("post_training", "post_training_bias_metrics")):
        if section not in analysis:
            continue
        ours = analysis[section]["facets"]
        for f in expected["facets"]:
            name = f["name_or_index"]
            want = [g for g in f["groups"] if stage_key in g or "errors" in g]
            got = [g for g in ours.get(name, [])]
            if not any(g["value_or_threshold"] == "nan" for g in got):
                # [ADAPT] spec 4.3: missing cells of a non-boolean column form no group
                want = [g for g in want if g["value_or_threshold"] != "nan"]
            # the same facet name can appear in two facet entries: ours concatenates them
            if len(want) != len([g for g in got]) and len(expected["facets"]) == 1:
                diffs.append(("groups", f"{name}: {[g['value_or_threshold'] for g in want]} vs "
                              f"{[g['value_or_threshold'] for g in got]}"))
                continue
            for w, g in zip(want, got):
                if w["value_or_threshold"] != g["value_or_threshold"]:
                    diffs.append(("group label", f"{w['value_or_threshold']!r} vs {g['value_or_threshold']!r}"))
                    continue
                mine = {m["name"]: m for m in g["metrics"]}
                for m, v in w.get(stage_key, {}).items():
                    if m in mine and (mine[m].get("error") or not close(v, mine[m]["value"])):
                        diffs.append(("value", f"{name}={w['value_or_threshold']} {m}: {v} vs "
                                      f"{mine[m].get('value')} {mine[m].get('error') or ''}"))
                for m, e in w.get("errors", {}).items():
                    if m in mine and mine[m].get("error") != e and stage_key in ("pre_training",) + (("post_training",) if m in ("DPPL", "DI", "AD") else ()):
                        if m in [x for x in mine]:
                            diffs.append(("error text", f"{m}: {e!r} vs {mine[m].get('error')!r}"))
    return diffs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--jar", required=True)
    ap.add_argument("--cases", type=int, default=200)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--keep", help="directory to copy differing cases into")
    args = ap.parse_args()
    rng = random.Random(args.seed)
    by_kind = defaultdict(list)
    compared = 0
    for i in range(args.cases):
        cfg, cols = make_case(rng)
        with tempfile.TemporaryDirectory() as d:
            d = Path(d)
            write_csv(d / "data.csv", cols)
            (d / "config.json").write_text(json.dumps(cfg))
            try:
                expected, _ = smclarify_oracle.run(json.loads(json.dumps(cfg)), d / "data.csv")
            except BaseException as exc:  # the oracle itself failed: not comparable
                by_kind["oracle failed"].append((i, repr(exc)[:120]))
                continue
            expected = json.loads(json.dumps(expected))
            r = subprocess.run(["java", "-jar", args.jar, "analyze", "--config", str(d / "config.json"),
                                "--output", str(d / "out"), "--format", "json", "--quiet",
                                "--log-level", "error"], capture_output=True, text=True)
            analysis = {}
            if r.returncode == 0:
                analysis = json.loads((d / "out" / "analysis.json").read_text())
            compared += 1
            for kind, detail in compare(expected, r.returncode, r.stderr, analysis):
                by_kind[kind].append((i, detail))
                if args.keep:
                    keep = Path(args.keep) / f"case{i:04d}"
                    keep.mkdir(parents=True, exist_ok=True)
                    for f in ("data.csv", "config.json"):
                        (keep / f).write_text((d / f).read_text())
    print(f"cases {args.cases}, compared {compared}")
    for kind, items in sorted(by_kind.items(), key=lambda kv: -len(kv[1])):
        cases = sorted({i for i, _ in items})
        print(f"{kind}: {len(items)} in {len(cases)} cases, e.g. case {items[0][0]}: {items[0][1]}")


if __name__ == "__main__":
    main()
