#!/usr/bin/env bash
# Cost of the group metrics (issue 17) on the 1M-row report, and Fairlearn's MetricFrame on the
# same data in the same run. Runs `fairness analyze` on bench/data/adult_<N>.csv with three configs,
# each 5 times (median wall time and its peak RSS):
#   base        the 1M report of bench/bias-scale.sh (testdata/cases/a_sex_female: Sex = Female,
#               pre + post, every metric, group variable Age)
#   +facet      base plus the facet ["Sex", "Race"] (Clarify's metrics for its 10 groups)
#   +groups     +facet plus methods.group_metrics (Fairlearn's view of both facets)
# and prints the ratios +groups/+facet (what group_metrics adds) and +groups/base. With the
# anchor set up it also times bench/fairlearn_metricframe.py (MetricFrame over Sex x Race with the
# same 8 metrics, differences, ratios and summaries) on the same file.
#
# usage: bench/group-metrics.sh [ROWS]                 default: 1000000
# env:   FAIRLEARN_PYTHONPATH  a Fairlearn v0.10.0 checkout (see ../shared/anchor/README.md);
#                              when unset, only our own figures are printed
#        RUNS                  runs per config (default 5)
#        FAIRNESS_JAVA_OPTS    JVM options (default: the launcher's, -Xmx1g -XX:+UseSerialGC)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
n=${1:-1000000}
runs=${RUNS:-5}
jar="$root/cli/target/fairness.jar"
opts=${FAIRNESS_JAVA_OPTS:--Xmx1g -XX:+UseSerialGC}
out="$here/out/groups"; mkdir -p "$out"

(cd "$root" && ./mvnw -B -q -DskipTests -Dspotless.check.skip -Denforcer.skip package)
. "$root/cli/src/cds/options.sh"
fairness_cds_opts "$jar"
fairness_page_opts
opts="${page_opts[*]:+${page_opts[*]} }$opts"
"$here/make-data.sh" "$n" >/dev/null
data="$here/data/adult_$n.csv"

base="$root/testdata/cases/a_sex_female/config.json"
/usr/bin/python3 - "$base" "$out" <<'PY'
import json, sys
cfg = json.load(open(sys.argv[1]))
cfg["facet"].append({"name_or_index": ["Sex", "Race"]})
json.dump(cfg, open(sys.argv[2] + "/facet.json", "w"), indent=1)
cfg["methods"]["group_metrics"] = {}
json.dump(cfg, open(sys.argv[2] + "/groups.json", "w"), indent=1)
PY

timed() { # prints "<wall s> <peak RSS MB>"
  /usr/bin/time -f "%e %M" -o "$out/time.txt" "$@" >"$out/last.out" 2>"$out/last.err" || {
    echo "command failed: $*" >&2; cat "$out/last.err" >&2; exit 1; }
  awk '{printf "%s %.0f\n", $1, $2/1024}' "$out/time.txt"
}
median() { sort -n "$1" | awk -v m=$(((runs + 1) / 2)) 'NR==m'; }

: >"$out/base.txt"; : >"$out/facet.txt"; : >"$out/groups.txt"
for i in $(seq "$runs"); do # interleaved, so load changes hit the three alike
  for kind in base facet groups; do
    cfg=$base; [ $kind = base ] || cfg="$out/$kind.json"
    timed java ${cds_opts[@]+"${cds_opts[@]}"} $opts -jar "$jar" analyze --config "$cfg" \
      --dataset "$data" --output "$out/run_$kind" --format json --quiet --log-level error >>"$out/$kind.txt"
  done
done
read -r b_s b_mb < <(median "$out/base.txt")
read -r f_s f_mb < <(median "$out/facet.txt")
read -r g_s g_mb < <(median "$out/groups.txt")
printf '%-34s %8s %7s\n' "adult_$n.csv (median of $runs)" wall_s rss_MB
printf '%-34s %8s %7s\n' "base (a_sex_female)" "$b_s" "$b_mb"
printf '%-34s %8s %7s\n' "+facet Sex x Race" "$f_s" "$f_mb"
printf '%-34s %8s %7s\n' "+groups (methods.group_metrics)" "$g_s" "$g_mb"
awk -v g="$g_s" -v f="$f_s" -v b="$b_s" 'BEGIN {
  printf "group_metrics adds: %+.1f %% to the +facet run, %+.1f %% to the base report\n", (g/f-1)*100, (g/b-1)*100 }'

if [ -n "${FAIRLEARN_PYTHONPATH:-}" ]; then
  read -r fl_s fl_mb < <(PYTHONPATH="$FAIRLEARN_PYTHONPATH" timed /usr/bin/python3 \
    "$here/fairlearn_metricframe.py" --data "$data" --label Target --positive 1 \
    --pred predicted_label --sensitive Sex --sensitive Race)
  echo "Fairlearn MetricFrame, Sex x Race, same file: process ${fl_s} s, ${fl_mb} MB; $(tail -1 "$out/last.out")"
  awk -v a="$fl_s" -v g="$g_s" 'BEGIN {printf "fairness +groups run (whole report) vs Fairlearn process: %.1fx\n", a/g}'
else
  echo "note: Fairlearn anchor not set up (FAIRLEARN_PYTHONPATH); printing our figures only"
fi
