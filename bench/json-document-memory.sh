#!/usr/bin/env bash
# Memory of an application/json dataset (issue 23 item 11): writes a ~119 MB document of 1.95M
# records {"X": [[8 features], …], "y": […], "yhat": […]} (or, with SHAPE=records, 1.38M such
# records, ~120 MB, as a top-level array [{"features": […], "label": 1, "p": 0}, …]) and runs pre-
# and post-training bias on it with each jar given, printing wall time and maximum resident set size
# (/usr/bin/time -v), and whether the analysis.json files are byte-identical.
#
#   bench/json-document-memory.sh <jar> [<jar> …]      e.g. a jar built from main, then this one
#   HEAP=6g bench/json-document-memory.sh …           (default -Xmx1g, the launcher's)
set -euo pipefail
[ $# -ge 1 ] || { echo "usage: $0 <jar> [<jar> …]" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
shape=${SHAPE:-fields}
heap=${HEAP:-1g}
python3 - "$work" "$shape" <<'PY'
import json, random, sys
work, shape = sys.argv[1], sys.argv[2]
random.seed(7)
n = 1950000 if shape == "fields" else 1380000
kinds = ["Private", "Self-emp", "Gov", "Unknown"]
rows, ys, ps = [], [], []
with open(work + "/big.json", "w") as f:
    f.write('{"X": [' if shape == "fields" else "[")
    for i in range(n):
        row = '[%d,"%s",%d,%d,"%s",%s,%d,"United-States"]' % (
            random.randint(17, 90), kinds[i % 4], random.randint(10000, 900000),
            random.randint(1, 16), "Female" if i % 3 == 0 else "Male",
            round(random.random() * 99, 3), random.randint(0, 99))
        y = 1 if (i * 7 + 3) % 4 == 0 else 0
        p = y if i % 9 else 1 - y
        sep = "," if i else ""
        if shape == "fields":
            f.write(sep + row)
            ys.append(y); ps.append(p)
        else:
            f.write('%s{"features": %s, "label": %d, "p": %d}' % (sep, row, y, p))
    if shape == "fields":
        f.write('],\n"y": [%s],\n"yhat": [%s]}\n' % (",".join(map(str, ys)), ",".join(map(str, ps))))
    else:
        f.write("]\n")
keys = ({"features": "X", "label": "y", "predicted_label": "yhat"} if shape == "fields"
        else {"features": "[*].features", "label": "[*].label", "predicted_label": "[*].p"})
cfg = {"dataset_type": "application/json", "dataset_uri": "big.json",
       "headers": ["age", "workclass", "fnlwgt", "edu", "sex", "score", "hours", "country", "y", "yhat"],
       "label_values_or_threshold": [1],
       "facet": [{"name_or_index": "sex", "value_or_threshold": ["Female"]}],
       "methods": {"pre_training_bias": {"methods": "all"}, "post_training_bias": {"methods": "all"}}}
cfg.update(keys)
json.dump(cfg, open(work + "/config.json", "w"))
PY
echo "document: $(du -m "$work/big.json" | cut -f1) MB, shape $shape, -Xmx$heap"
i=0
for jar in "$@"; do
  i=$((i + 1))
  set +e
  /usr/bin/time -v java "-Xmx$heap" -XX:+UseSerialGC -jar "$jar" analyze --config "$work/config.json" \
    --output "$work/out$i" --quiet --format json 2> "$work/time$i"
  code=$?
  set -e
  rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$work/time$i")
  wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$work/time$i")
  echo "$jar: exit $code, wall $wall, max RSS $((rss / 1024)) MB"
  grep '^fairness: error' "$work/time$i" || true
done
for j in $(seq 2 $i); do
  if [ -f "$work/out1/analysis.json" ] && [ -f "$work/out$j/analysis.json" ]; then
    cmp -s "$work/out1/analysis.json" "$work/out$j/analysis.json" && echo "analysis.json of jar $j equals jar 1's" || echo "analysis.json of jar $j DIFFERS from jar 1's"
  fi
done
