#!/usr/bin/env bash
# Start-up and small-run time under JVM option variants (issue 8), e.g. with and without the
# class-data sharing archive: median wall and CPU (user + sys) seconds over RUNS rounds, the
# variants interleaved within each round so a busy box hits them alike. Workloads:
# `fairness --version` and `fairness analyze` of the 16,281-row Adult case (JSON only, quiet).
# For analyze, first_row_s is the time from just before the process start to the timestamp of its
# first log line (the dataset's first row read; the log's clock has millisecond resolution).
#
# usage: bench/startup.sh [-n RUNS] [-d DATASET] [-s] [VARIANT...]
#   -n RUNS     rounds (default 10)
#   -d DATASET  analyze this file (--dataset) instead of the case's own 16,281 rows
#   -s          skip --version
#   VARIANT     JVM options; the word +cds adds the archive options of the launcher
#               (cli/src/cds/options.sh). Default: "+cds -Xmx1g -XX:+UseSerialGC" and
#               "-Xmx1g -XX:+UseSerialGC", i.e. the launcher with and without the archive.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
runs=10 dataset="" version=1
while getopts n:d:s o; do
  case $o in n) runs=$OPTARG ;; d) dataset=$OPTARG ;; s) version=0 ;; *) exit 2 ;; esac
done
shift $((OPTIND - 1))
variants=("$@")
[ ${#variants[@]} -gt 0 ] || variants=("+cds -Xmx1g -XX:+UseSerialGC" "-Xmx1g -XX:+UseSerialGC")
jar="$root/cli/target/fairness.jar"
out="$here/out/startup"; mkdir -p "$out"
(cd "$root" && ./mvnw -B -q -DskipTests -Dspotless.check.skip -Denforcer.skip package)
. "$root/cli/src/cds/options.sh"
fairness_cds_opts "$jar"
[ ${#cds_opts[@]} -gt 0 ] || echo "note: no usable CDS archive; +cds adds nothing" >&2

cfg="$root/testdata/cases/a_sex_female/config.json"
analyze=(analyze --config "$cfg" --output "$out/run" --format json --quiet)
[ -z "$dataset" ] || analyze+=(--dataset "$dataset")
workloads=(analyze); [ $version = 0 ] || workloads=(version analyze)

jvm() { # VARIANT: prints the JVM options, +cds expanded
  local w
  for w in $1; do if [ "$w" = +cds ]; then printf '%s\n' ${cds_opts[@]+"${cds_opts[@]}"}; else printf '%s\n' "$w"; fi; done
}
TIMEFORMAT='%3R %3U %3S'
rm -f "$out"/*.times
for ((r = 1; r <= runs; r++)); do
  for w in "${workloads[@]}"; do
    if [ "$w" = version ]; then args=(--version); else args=("${analyze[@]}"); fi
    for v in "${!variants[@]}"; do
      mapfile -t opts < <(jvm "${variants[$v]}")
      start=$(date +%s%3N)
      { time java "${opts[@]}" -jar "$jar" "${args[@]}" >"$out/last.out" 2>"$out/last.err" \
          || { echo "failed: java ${opts[*]} -jar $jar ${args[*]}" >&2; cat "$out/last.err" >&2; exit 1; }; } \
        2>>"$out/$w.$v.times"
      if [ "$w" = analyze ]; then
        echo $(($(date -d "$(head -1 "$out/last.err" | cut -d' ' -f1)" +%s%3N) - start)) >>"$out/first.$v.times"
      fi
    done
  done
done
median() { sort -n | awk '{a[NR] = $1} END {printf "%.3f", NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }
printf '%-8s %-58s %8s %8s %11s\n' workload variant wall_s cpu_s first_row_s
for w in "${workloads[@]}"; do
  for v in "${!variants[@]}"; do
    f="$out/$w.$v.times"
    first=-
    [ "$w" != analyze ] || first=$(awk '{print $1 / 1000}' "$out/first.$v.times" | median)
    printf '%-8s %-58s %8s %8s %11s\n' "$w" "${variants[$v]}" "$(awk '{print $1}' "$f" | median)" \
      "$(awk '{print $2 + $3}' "$f" | median)" "$first"
  done
done
echo "median of $runs runs each; wall and user+sys CPU of the whole java process; load average: $(cut -d' ' -f1-3 /proc/loadavg)"
