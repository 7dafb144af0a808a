#!/usr/bin/env bash
# Speed and memory of the bias report at scale (issue 8), side by side with smclarify in the same
# run when the anchor is set up. Prints, per input: parse-only time (same parser, same columns),
# full-report wall time, their ratio, peak RSS, JVM start-up, and smclarify's time and RSS.
#
# usage: bench/bias-scale.sh [ROWS...]                 default: 1000000 10000000
# env:   SMCLARIFY_PYTHONPATH  smclarify + PyFunctional checkouts (see ../shared/anchor/README.md);
#                              when unset or missing, only our own figures are printed
#        ANCHOR_DIR            folder with bench_smclarify.py (default ../shared/anchor)
#        FT_MAX_ROWS           run the FlipTest line only up to this many rows (default 1000000:
#                              FT's feature matrix at 10M rows needs ~3 GB of heap, -Xmx4g)
#        SMCLARIFY_MAX_ROWS    run smclarify only up to this many rows (default 1000000: at 10M
#                              its FlipTest alone would take over ten minutes)
#        FAIRNESS_JAVA_OPTS    JVM options (default: the launcher's, -Xmx1g -XX:+UseSerialGC)
#        FAIRNESS_CDS          0: without the class-data sharing archive (default: with it when
#                              it fits, as ./fairness)
#        FAIRNESS_THP          0: without -XX:+UseTransparentHugePages (default: with it where the
#                              kernel gives huge pages on request, as ./fairness)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
rows=("$@"); [ ${#rows[@]} -gt 0 ] || rows=(1000000 10000000)
jar="$root/cli/target/fairness.jar"
opts=${FAIRNESS_JAVA_OPTS:--Xmx1g -XX:+UseSerialGC}
anchor=${ANCHOR_DIR:-$root/../shared/anchor}
out="$here/out"; mkdir -p "$out/classes"

(cd "$root" && ./mvnw -B -q -DskipTests -Dspotless.check.skip -Denforcer.skip package)
. "$root/cli/src/cds/options.sh"
fairness_cds_opts "$jar" # the launcher's archive options, for the fairness runs (not ParseOnly)
fairness_page_opts       # and its huge-page option (FAIRNESS_THP=0: none), for every run
opts="${page_opts[*]:+${page_opts[*]} }$opts"
javac -d "$out/classes" -cp "$jar" "$here/ParseOnly.java"
"$here/make-data.sh" "${rows[@]}" >/dev/null

smclarify=0
if [ -n "${SMCLARIFY_PYTHONPATH:-}" ] && [ -f "$anchor/bench_smclarify.py" ]; then smclarify=1; fi
[ $smclarify = 1 ] || echo "note: smclarify anchor not set up (SMCLARIFY_PYTHONPATH); printing our figures only"

# Configs: the golden a_sex_female case (pre + post, FT refused on string columns) and the
# all-numeric encoded case (FT computed).
cfg_full="$root/testdata/cases/a_sex_female/config.json"
cfg_ft="$root/testdata/cases/e_encoded_ft/config.json"

timed() { # prints "<wall s> <peak RSS MB>" of a command; its stdout goes to $out/last.out
  /usr/bin/time -f "%e %M" -o "$out/time.txt" "$@" >"$out/last.out" 2>"$out/last.err" || {
    echo "command failed: $*" >&2; cat "$out/last.err" >&2; exit 1; }
  awk '{printf "%s %.0f\n", $1, $2/1024}' "$out/time.txt"
}

for i in 1 2 3 4 5; do timed java ${cds_opts[@]+"${cds_opts[@]}"} $opts -jar "$jar" --version; done >"$out/jvm.txt"
jvm=$(sort -n "$out/jvm.txt" | awk 'NR==3 {print $1}')
echo "JVM start-up (fairness --version, median of 5): ${jvm} s"
printf '\n%-28s %8s %9s %7s %7s %7s %8s %9s %8s %8s %8s\n' input parse_s report_s net_s ratio rss_MB smc_s smc_net_s smc_MB speedup net_spd
for n in "${rows[@]}"; do
  for kind in full ft; do
    if [ $kind = full ]; then cfg=$cfg_full; data="$here/data/adult_$n.csv"; ft=""; else
      cfg=$cfg_ft; data="$here/data/adult_encoded_$n.csv"; ft=ft; fi
    if [ $kind = ft ] && [ "$n" -gt "${FT_MAX_ROWS:-1000000}" ]; then
      echo "$(basename "$data"): skipped (FT_MAX_ROWS=${FT_MAX_ROWS:-1000000})"; continue; fi
    read -r _ _ < <(timed java $opts -cp "$jar:$out/classes" ParseOnly "$cfg" "$data" $ft)
    parse=$(sed -n 's/.*parse_s=\([0-9.]*\).*/\1/p' "$out/last.out")
    for i in 1 2 3; do # median of 3 (wall; its RSS)
      timed java ${cds_opts[@]+"${cds_opts[@]}"} $opts -jar "$jar" analyze --config "$cfg" --dataset "$data" \
        --output "$out/run_${kind}_$n" --format json --quiet --log-level error
    done >"$out/runs.txt"
    read -r wall rss < <(sort -n "$out/runs.txt" | sed -n 2p)
    net=$(awk -v a="$wall" -v j="$jvm" 'BEGIN {printf "%.2f", a-j}')
    ratio=$(awk -v a="$net" -v b="$parse" 'BEGIN {printf "%.2f", a/b}')
    smc="-"; smcnet="-"; smcrss="-"; speed="-"; netspeed="-"
    if [ $smclarify = 1 ] && [ "$n" -le "${SMCLARIFY_MAX_ROWS:-1000000}" ]; then
      read -r smc smcrss < <(PYTHONPATH="$SMCLARIFY_PYTHONPATH" timed /usr/bin/python3 \
        "$anchor/bench_smclarify.py" --config "$cfg" --dataset "$data")
      smcnet=$(tail -1 "$out/last.out" | /usr/bin/python3 -c \
        'import json,sys; d=json.loads(sys.stdin.read()); print("%.2f" % (d["read_csv_s"]+d["pre_training_s"]+d["post_training_s"]))')
      speed=$(awk -v a="$smc" -v b="$wall" 'BEGIN {printf "%.1fx", a/b}')
      netspeed=$(awk -v a="$smcnet" -v b="$net" 'BEGIN {printf "%.1fx", a/b}')
    fi
    printf '%-28s %8s %9s %7s %7s %7s %8s %9s %8s %8s %8s\n' "$(basename "$data")" "$parse" "$wall" "$net" "$ratio" "$rss" "$smc" "$smcnet" "$smcrss" "$speed" "$netspeed"
  done
done
echo
echo "parse_s: in-process read of the same file by the same parser (bench/ParseOnly.java), without JVM start-up."
echo "report_s / rss_MB: whole 'fairness analyze' process (JVM start-up included), median of 3 runs; its peak resident set."
echo "net_s: report_s minus the JVM start-up above.  ratio: net_s / parse_s."
echo "smc_s / smc_MB: smclarify's whole process (bench_smclarify.py: Python start-up, imports, read_csv, pre + post)."
echo "smc_net_s: smclarify's own read_csv + pre-training + post-training seconds, as it prints them."
echo "speedup: smc_s / report_s (process to process).  net_spd: smc_net_s / net_s (start-up excluded on both sides)."
echo "JVM options: ${cds_opts[*]:-(no CDS archive)} $opts"
