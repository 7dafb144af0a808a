#!/usr/bin/env bash
# Cost of bootstrap confidence intervals (issue 18) on the 1M-row Adult report, and Fairlearn's
# MetricFrame bootstrap on the same file in the same run. Runs `fairness analyze` on
# bench/data/adult_<N>.csv with the config of testdata/cases/a_sex_female (Sex = Female, pre +
# post, every metric, group variable Age: 74 strata, 592 table cells) without and with
# --n-boot 1000, RUNS times each, interleaved; prints the medians and the ratio.
# Fairlearn's MetricFrame(n_boot=K) resamples the rows K times; at 1M rows one replicate takes
# tens of seconds, so the script times K = FL_NBOOT replicates (default 3) and K = 0 and prints the
# per-replicate cost and its extrapolation to 1,000 replicates (marked as extrapolated).
#
# usage: bench/confidence.sh [ROWS]                    default: 1000000
# env:   FAIRLEARN_PYTHONPATH  a Fairlearn v0.10.0 checkout; when unset, only our own figures
#        RUNS                  runs per config (default 15: sub-second runs spread by +-20 %)
#        FORMAT                --format of the runs (default json: analysis.json only, the
#                              strictest reading; json,html,md for the whole report)
#        FL_NBOOT              Fairlearn replicates actually timed (default 3)
#        FAIRNESS_JAVA_OPTS    JVM options (default: the launcher's, -Xmx1g -XX:+UseSerialGC)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
n=${1:-1000000}
runs=${RUNS:-15}
format=${FORMAT:-json}
flboot=${FL_NBOOT:-3}
jar="$root/cli/target/fairness.jar"
opts=${FAIRNESS_JAVA_OPTS:--Xmx1g -XX:+UseSerialGC}
out="$here/out/confidence"; mkdir -p "$out"

(cd "$root" && ./mvnw -B -q -DskipTests -Dspotless.check.skip -Denforcer.skip package)
. "$root/cli/src/cds/options.sh"
fairness_cds_opts "$jar"
fairness_page_opts
opts="${page_opts[*]:+${page_opts[*]} }$opts"
"$here/make-data.sh" "$n" >/dev/null
data="$here/data/adult_$n.csv"
cfg="$root/testdata/cases/a_sex_female/config.json"

timed() { # prints "<wall s> <peak RSS MB> <cpu s = user + sys>"
  /usr/bin/time -f "%e %M %U %S" -o "$out/time.txt" "$@" >"$out/last.out" 2>"$out/last.err" || {
    echo "command failed: $*" >&2; cat "$out/last.err" >&2; exit 1; }
  awk '{printf "%s %.0f %.2f\n", $1, $2/1024, $3 + $4}' "$out/time.txt"
}
median() { sort -n "$1" | awk -v m=$(((runs + 1) / 2)) 'NR==m'; }
mediancpu() { sort -n -k3 "$1" | awk -v m=$(((runs + 1) / 2)) 'NR==m {print $3}'; }

echo "load before: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
: >"$out/plain.txt"; : >"$out/boot.txt"
for i in $(seq "$runs"); do # interleaved, so load changes hit both alike
  for kind in plain boot; do
    extra=(); [ $kind = boot ] && extra=(--n-boot 1000)
    timed java ${cds_opts[@]+"${cds_opts[@]}"} $opts -jar "$jar" analyze --config "$cfg" \
      --dataset "$data" --output "$out/run_$kind" --format "$format" --quiet --log-level error \
      ${extra[@]+"${extra[@]}"} >>"$out/$kind.txt"
  done
done
read -r p_s p_mb _ < <(median "$out/plain.txt")
read -r b_s b_mb _ < <(median "$out/boot.txt")
p_cpu=$(mediancpu "$out/plain.txt"); b_cpu=$(mediancpu "$out/boot.txt")
printf '%-30s %7s %7s %7s   %s\n' "adult_$n.csv, --format $format (median of $runs)" wall_s cpu_s rss_MB "all walls"
printf '%-30s %7s %7s %7s   %s\n' "analyze, no intervals" "$p_s" "$p_cpu" "$p_mb" "$(sort -n "$out/plain.txt" | cut -d' ' -f1 | tr '\n' ' ')"
printf '%-30s %7s %7s %7s   %s\n' "analyze --n-boot 1000" "$b_s" "$b_cpu" "$b_mb" "$(sort -n "$out/boot.txt" | cut -d' ' -f1 | tr '\n' ' ')"
awk -v b="$b_s" -v p="$p_s" -v bc="$b_cpu" -v pc="$p_cpu" 'BEGIN {
  printf "intervals add: wall %+.2f s = %+.1f %%, cpu %+.2f s = %+.1f %% (target <= +20 %%)\n", b-p, (b/p-1)*100, bc-pc, (bc/pc-1)*100 }'
# The same from round-by-round differences (each round runs both, one right after the other), whose
# median is less sensitive to the machine getting faster or slower during the runs.
paste -d' ' "$out/plain.txt" "$out/boot.txt" | awk '{print $4 - $1, $6 - $3}' >"$out/pairs.txt"
d_s=$(cut -d' ' -f1 "$out/pairs.txt" | sort -n | awk -v m=$(((runs + 1) / 2)) 'NR==m')
d_cpu=$(cut -d' ' -f2 "$out/pairs.txt" | sort -n | awk -v m=$(((runs + 1) / 2)) 'NR==m')
awk -v r="$runs" -v d="$d_s" -v p="$p_s" -v dc="$d_cpu" -v pc="$p_cpu" 'BEGIN {
  printf "median of the %d rounds (with - without): wall %+.3f s = %+.1f %%, cpu %+.3f s = %+.1f %%\n",
    r, d, d / p * 100, dc, dc / pc * 100 }'
grep -c '"ci"' "$out/run_boot/analysis.json" | sed 's/^/"ci" keys in analysis.json: /'

if [ -n "${FAIRLEARN_PYTHONPATH:-}" ]; then
  fl() { PYTHONPATH="$FAIRLEARN_PYTHONPATH" timed /usr/bin/python3 "$here/fairlearn_metricframe.py" \
    --data "$data" --label Target --positive 1 --pred predicted_label --sensitive Sex "$@" >/dev/null
    sed -n 's/.*"metric_frame_s": \([0-9.]*\).*/\1/p' "$out/last.out"; }
  f0=$(fl); fk=$(fl --n-boot "$flboot")
  echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
  awk -v f0="$f0" -v fk="$fk" -v k="$flboot" -v b="$b_s" -v p="$p_s" -v bc="$b_cpu" -v pc="$p_cpu" 'BEGIN {
    per = (fk - f0) / k; ours = (b - p) / 1000; cpu = (bc - pc) / 1000
    if (cpu > 0) printf "fairness per replicate (cpu): %.6f s; Fairlearn/fairness: %.0fx\n", cpu, per / cpu
    printf "Fairlearn MetricFrame (8 metrics, Sex), same file: %.2f s; with n_boot=%d: %.2f s\n", f0, k, fk
    printf "Fairlearn per replicate: %.2f s; 1000 replicates (extrapolated): %.0f s\n", per, per * 1000
    if (ours > 0) printf "fairness per replicate (wall): %.6f s; Fairlearn/fairness per replicate: %.0fx\n", ours, per / ours
    else printf "fairness per replicate (wall): below timing noise (%.2f s for 1000)\n", b - p }'
else
  echo "note: Fairlearn anchor not set up (FAIRLEARN_PYTHONPATH); printing our figures only"
fi
