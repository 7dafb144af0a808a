#!/usr/bin/env bash
# Speed of `fairness mitigate` (issue 20): all six constraints of Fairlearn's ThresholdOptimizer on
# the Adult test set (16,281 rows) and on Adult repeated to larger sizes, in the same run as
# Fairlearn 0.10.0 on the same data. Prints per input: our whole process (JVM start-up, CSV read,
# six fits, thresholds.json; median of 3) and its peak RSS; our read and prep + six fits in a cold
# JVM (median of 3); Fairlearn's process wall, its pandas read and its six fits (median of 3 each); whether the rules are equal (largest absolute difference); and the
# ratios Fairlearn / ours, process to process and Fairlearn's fits alone against our whole process.
#
# usage: bench/mitigate.sh [ROWS...]        default: 16281 1000000 (16281 is the test set itself)
# env:   FAIRLEARN_PYTHONPATH   a Fairlearn v0.10.0 source checkout (see ../shared/anchor/README.md);
#                               when unset or missing, only our own figures are printed
#        FAIRNESS_JAVA_OPTS     JVM options (default: the launcher's, -Xmx1g -XX:+UseSerialGC)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
rows=("$@"); [ ${#rows[@]} -gt 0 ] || rows=(16281 1000000)
jar="$root/cli/target/fairness.jar"
opts=${FAIRNESS_JAVA_OPTS:--Xmx1g -XX:+UseSerialGC}
out="$here/out/mitigate"; mkdir -p "$out"
cfg="$here/mitigate-config.json" # label, score and facet only; methods.thresholds: all six

(cd "$root" && ./mvnw -B -q -DskipTests -Dspotless.check.skip -Denforcer.skip package)
. "$root/cli/src/cds/options.sh"
fairness_cds_opts "$jar"
fairness_page_opts
opts="${page_opts[*]:+${page_opts[*]} }$opts"
mkdir -p "$out/classes"
javac -d "$out/classes" -cp "$jar" "$here/MitigateOnly.java"

fairlearn=0
if [ -n "${FAIRLEARN_PYTHONPATH:-}" ] && [ -d "$FAIRLEARN_PYTHONPATH/fairlearn" ]; then fairlearn=1; fi
[ $fairlearn = 1 ] || echo "note: Fairlearn not set up (FAIRLEARN_PYTHONPATH); printing our figures only"

timed() { # prints "<wall s> <peak RSS MB>"; stdout to $out/last.out
  /usr/bin/time -f "%e %M" -o "$out/time.txt" "$@" >"$out/last.out" 2>"$out/last.err" || {
    echo "command failed: $*" >&2; cat "$out/last.err" >&2; exit 1; }
  awk '{printf "%s %.0f\n", $1, $2/1024}' "$out/time.txt"
}

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-22s %7s %6s %7s %7s %7s %7s %7s %6s %8s %8s %8s\n' input ours_s rss_MB read_s fit_s fl_s fl_read fl_fit fl_MB max_diff speedup fit_spd
for n in "${rows[@]}"; do
  if [ "$n" = 16281 ]; then data="$root/testdata/datasets/adult_test_with_predictions.csv"; else
    "$here/make-data.sh" "$n" >/dev/null; data="$here/data/adult_$n.csv"; fi
  for i in 1 2 3; do
    timed java ${cds_opts[@]+"${cds_opts[@]}"} $opts -jar "$jar" mitigate --config "$cfg" \
      --dataset "$data" --constraint all --format json --output "$out/run_$n" --quiet --log-level error
  done >"$out/runs.txt"
  read -r wall rss < <(sort -n "$out/runs.txt" | sed -n 2p)
  for i in 1 2 3; do # phases in a cold JVM, median of 3
    timed java $opts -cp "$jar:$out/classes" MitigateOnly "$cfg" "$data" >/dev/null
    sed -n 's/read_s=\([0-9.]*\) prep_s=\([0-9.]*\) fit_s=\([0-9.]*\).*/\1 \2 \3/p' "$out/last.out"
  done >"$out/phases.txt"
  ourread=$(awk '{print $1}' "$out/phases.txt" | sort -n | sed -n 2p)
  ourfit=$(awk '{printf "%.3f\n", $2 + $3}' "$out/phases.txt" | sort -n | sed -n 2p)
  fl="-"; flread="-"; flfit="-"; flrss="-"; diff="-"; speed="-"; fitspeed="-"
  if [ $fairlearn = 1 ]; then
    for i in 1 2 3; do # Fairlearn's process, read and fits, median of 3 each
      read -r w m < <(PYTHONPATH="$FAIRLEARN_PYTHONPATH" timed /usr/bin/python3 "$here/fairlearn_thresholds.py" \
        --data "$data" --label Target --positive 1 --sensitive Sex --score score --rules "$out/fairlearn_$n.json")
      echo "$w $m $(tail -1 "$out/last.out" | /usr/bin/python3 -c \
        'import json,sys; d=json.loads(sys.stdin.read()); print("%.2f %.2f" % (d["read_s"], d["fit_s"]))')"
    done >"$out/fl_runs.txt"
    fl=$(awk '{print $1}' "$out/fl_runs.txt" | sort -n | sed -n 2p)
    flrss=$(awk '{print $2}' "$out/fl_runs.txt" | sort -n | sed -n 2p)
    flread=$(awk '{print $3}' "$out/fl_runs.txt" | sort -n | sed -n 2p)
    flfit=$(awk '{print $4}' "$out/fl_runs.txt" | sort -n | sed -n 2p)
    diff=$(/usr/bin/python3 - "$out/run_$n/thresholds.json" "$out/fairlearn_$n.json" <<'PY'
import json, sys
ours = json.load(open(sys.argv[1]))["facets"][0]["thresholds"]
theirs = json.load(open(sys.argv[2]))
worst = 0.0
assert set(ours) == set(theirs)
for c, t in theirs.items():
    for g, r in t["groups"].items():
        for k, v in r.items():
            w = ours[c]["groups"][g][k]
            if isinstance(v, str) or isinstance(w, str):
                assert v == w, (c, g, k, v, w)
            else:
                worst = max(worst, abs(v - w))
print("%.1e" % worst)
PY
)
    speed=$(awk -v a="$fl" -v b="$wall" 'BEGIN {printf "%.1fx", a/b}')
    fitspeed=$(awk -v a="$flfit" -v b="$ourfit" 'BEGIN {printf "%.1fx", a/b}')
  fi
  printf '%-22s %7s %6s %7s %7s %7s %7s %7s %6s %8s %8s %8s\n' "$(basename "$data" | cut -c1-22)" "$wall" "$rss" "$ourread" "$ourfit" "$fl" "$flread" "$flfit" "$flrss" "$diff" "$speed" "$fitspeed"
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
