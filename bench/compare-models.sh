#!/usr/bin/env bash
# Speed of a multi-model run (issue 19): three prediction-column models on N rows against the
# report of one of them alone, same data, same methods (pre- and post-training "all", as the
# golden case a_sex_female). Target: the three-model run takes at most 1.5 × the one-model run.
# Prints the median wall time of each (of RUNS runs) and their ratio.
#
# usage: bench/compare-models.sh [ROWS]        default 1000000
# env:   RUNS                 runs per configuration, median taken (default 3)
#        FAIRNESS_JAVA_OPTS   JVM options (default: the launcher's, -Xmx1g -XX:+UseSerialGC)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
rows=${1:-1000000}
runs=${RUNS:-3}
jar="$root/cli/target/fairness.jar"
opts=${FAIRNESS_JAVA_OPTS:--Xmx1g -XX:+UseSerialGC}
out="$here/out/compare-models"; mkdir -p "$out" "$here/data"

[ -f "$jar" ] || (cd "$root" && ./mvnw -B -q -DskipTests -Dspotless.check.skip -Denforcer.skip package)
# The Adult test rows with their model's predicted_label and score, repeated to $rows rows, plus
# two more models' predictions made from the score: pred_b = score > 0.3, pred_c = score > 0.7.
data="$here/data/adult_3models_$rows.csv"
if ! [ -f "$data" ] || [ "$(($(wc -l <"$data") - 1))" != "$rows" ]; then
  awk -F, -v OFS=, -v n="$rows" '
    NR == 1 {h = $0 ",pred_b,pred_c"; next}
    {r[++k] = $0 "," ($NF > 0.3 ? 1 : 0) "," ($NF > 0.7 ? 1 : 0)}
    END {print h; for (i = 0; i < n; i++) print r[(i % k) + 1]}' \
    "$root/testdata/datasets/adult_test_with_predictions.csv" >"$data.tmp"
  mv "$data.tmp" "$data"
fi
python3 - "$root/testdata/cases/a_sex_female/config.json" "$data" "$out" <<'PY'
import json, sys
cfg = json.load(open(sys.argv[1]))
cfg["dataset_uri"] = sys.argv[2]
cfg["headers"] = cfg["headers"] + ["pred_b", "pred_c"]
json.dump(cfg, open(sys.argv[3] + "/one.json", "w"), indent=1)
cfg.pop("predicted_label")
cfg["models"] = [{"name": "a", "predicted_label": "predicted_label"},
                 {"name": "b", "predicted_label": "pred_b"},
                 {"name": "c", "predicted_label": "pred_c"}]
json.dump(cfg, open(sys.argv[3] + "/three.json", "w"), indent=1)
PY

timed() { # prints the wall seconds of one analyze run of config $1
  /usr/bin/time -f "%e" -o "$out/time.txt" java $opts -jar "$jar" analyze --config "$1" \
    --output "$out/run-$(basename "$1" .json)" --quiet >"$out/last.out" 2>"$out/last.err" || {
    echo "command failed: $1" >&2; cat "$out/last.err" >&2; exit 1; }
  cat "$out/time.txt"
}
median() { sort -n | awk '{v[NR] = $1} END {print v[int((NR + 1) / 2)]}'; }

for i in $(seq "$runs"); do timed "$out/one.json"; timed "$out/three.json"; done >"$out/times.txt"
one=$(awk 'NR % 2 == 1' "$out/times.txt" | median)
three=$(awk 'NR % 2 == 0' "$out/times.txt" | median)
cmp -s "$out/run-one/analysis.json" "$out/run-three/models/a/analysis.json" \
  && same="yes" || same="NO"
echo "rows: $rows, runs: $runs (median wall time), nproc: $(nproc), load: $(cut -d' ' -f1 /proc/loadavg)"
echo "one model (report of predicted_label):   ${one} s"
echo "three models (predicted_label, b, c):    ${three} s"
awk -v a="$one" -v b="$three" 'BEGIN {printf "ratio three/one: %.2f (target <= 1.5)\n", b / a}'
echo "model a's analysis.json equals the one-model run's: $same"
