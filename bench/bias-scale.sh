#!/usr/bin/env bash
# Speed and memory of the bias report at scale (issue 8), side by side with smclarify in the same
# run when the anchor is set up. Prints, per input: parse-only time (same parser, same columns),
# full-report wall time, their ratio, peak RSS, JVM start-up, and smclarify's time and RSS.
#
# usage: bench/bias-scale.sh [ROWS...]                 default: 1000000 10000000
# env:   SMCLARIFY_PYTHONPATH  smclarify + PyFunctional checkouts (see ../shared/anchor/README.md);
#                              when unset or missing, only our own figures are printed
#        ANCHOR_DIR            folder with bench_smclarify.py (default ../shared/anchor)
#        FAIRNESS_JAVA_OPTS    JVM options (default: the launcher's, -Xmx1g -XX:+UseSerialGC)
#        FAIRNESS_CDS          0: without the class-data sharing archive (default: with it when
#                              it fits, as ./fairness)
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

read -r jvm _ < <(timed java ${cds_opts[@]+"${cds_opts[@]}"} $opts -jar "$jar" --version)
echo "JVM start-up (fairness --version): ${jvm} s"
printf '\n%-28s %9s %9s %7s %9s %11s %9s %8s\n' input parse_s report_s ratio rss_MB smclarify_s smc_MB speedup
for n in "${rows[@]}"; do
  for kind in full ft; do
    if [ $kind = full ]; then cfg=$cfg_full; data="$here/data/adult_$n.csv"; ft=""; else
      cfg=$cfg_ft; data="$here/data/adult_encoded_$n.csv"; ft=ft; fi
    read -r _ _ < <(timed java $opts -cp "$jar:$out/classes" ParseOnly "$cfg" "$data" $ft)
    parse=$(sed -n 's/.*parse_s=\([0-9.]*\).*/\1/p' "$out/last.out")
    read -r wall rss < <(timed java ${cds_opts[@]+"${cds_opts[@]}"} $opts -jar "$jar" analyze --config "$cfg" --dataset "$data" \
      --output "$out/run_${kind}_$n" --format json --quiet --log-level error)
    ratio=$(awk -v a="$wall" -v b="$parse" 'BEGIN {printf "%.2f", a/b}')
    smc="-"; smcrss="-"; speed="-"
    if [ $smclarify = 1 ]; then
      read -r smc smcrss < <(PYTHONPATH="$SMCLARIFY_PYTHONPATH" timed /usr/bin/python3 \
        "$anchor/bench_smclarify.py" --config "$cfg" --dataset "$data")
      speed=$(awk -v a="$smc" -v b="$wall" 'BEGIN {printf "%.1fx", a/b}')
    fi
    printf '%-28s %9s %9s %7s %9s %11s %9s %8s\n' "$(basename "$data")" "$parse" "$wall" "$ratio" "$rss" "$smc" "$smcrss" "$speed"
  done
done
echo
echo "parse_s: in-process read of the same file by the same parser (bench/ParseOnly.java), without JVM start-up."
echo "report_s / rss_MB: whole 'fairness analyze' process (JVM start-up included), peak resident set."
echo "JVM options: ${cds_opts[*]:-(no CDS archive)} $opts"
echo "ratio: report_s / parse_s.  speedup: smclarify_s / report_s (smclarify: bench_smclarify.py process wall)."
