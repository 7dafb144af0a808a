#!/bin/sh
# Writes testdata/groups/<case>/expected.json with the Fairlearn oracle (see testdata/README.md).
# usage: FAIRLEARN_ORACLE=<anchor>/fairlearn_oracle.py PYTHONPATH=<fairlearn checkout> make_expected.sh
set -eu
cd "$(dirname "$0")"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
oracle() { # case facet-key csv label pred sensitive...
  c=$1 key=$2 csv=$3 label=$4 pred=$5; shift 5
  args=""
  for s in "$@"; do args="$args --sensitive $s"; done
  # shellcheck disable=SC2086
  /usr/bin/python3 "$FAIRLEARN_ORACLE" --data "../datasets/$csv" --label "$label" --positive 1 \
    --pred "$pred" $args --out "$tmp/$c.$(echo "$key" | tr -c 'a-zA-Z0-9\n' _).json"
  echo "$c|$key|$tmp/$c.$(echo "$key" | tr -c 'a-zA-Z0-9\n' _).json" >> "$tmp/index"
}
oracle adult "Sex" adult_test_with_predictions.csv Target predicted_label Sex
oracle adult "Sex, Race" adult_test_with_predictions.csv Target predicted_label Sex Race
oracle compas "race" compas_groups.csv two_year_recid high_risk race
oracle compas "sex, race" compas_groups.csv two_year_recid high_risk sex race
oracle german "sex" german_groups.csv good_credit predicted sex
oracle german "sex, foreign_worker" german_groups.csv good_credit predicted sex foreign_worker
oracle german "age" german_groups.csv good_credit predicted age_group
oracle german "sex, age" german_groups.csv good_credit predicted sex age_group
/usr/bin/python3 - "$tmp/index" <<'PY'
import json, sys
cases = {}
for line in open(sys.argv[1]):
    c, key, path = line.rstrip("\n").split("|")
    out = json.load(open(path))
    facet = dict(out["group_metrics"])
    facet["summary"] = out["summary"]
    cases.setdefault(c, {"fairlearn": out["fairlearn"], "group_metrics": {}})["group_metrics"][key] = facet
for c, doc in cases.items():
    with open(f"{c}/expected.json", "w") as f:
        json.dump(doc, f, indent=1, sort_keys=True)
        f.write("\n")
PY
