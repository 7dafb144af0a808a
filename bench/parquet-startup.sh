#!/usr/bin/env bash
# Start-up of the shaded jar (issue 21): `fairness --version`, and `fairness analyze` of d_tiny20
# as CSV and as its Parquet copy (testdata/parquet/d_tiny20), with the launcher's JVM options and
# each jar's own CDS archive (JAR's fairness.jsa, when valid). Several jars are compared in one
# run, interleaved within each round so a busy machine hits them alike; prints the median wall
# seconds per jar and workload, the jar's size, and the load average.
# usage: bench/parquet-startup.sh [-n RUNS] JAR...     (default RUNS 7)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
runs=7
if [ "${1:-}" = -n ]; then runs=$2; shift 2; fi
[ $# -gt 0 ] || set -- "$root/cli/target/fairness.jar"
. "$root/cli/src/cds/options.sh"
out="$here/out/parquet-startup"; rm -rf "$out"; mkdir -p "$out"
csv="$root/testdata/cases/d_tiny20/config.json"
pq="$root/testdata/parquet/d_tiny20/config.json"
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
for r in $(seq "$runs"); do
  j=0
  for jar in "$@"; do
    j=$((j + 1))
    fairness_cds_opts "$jar"
    for w in version csv parquet; do
      case $w in
        version) args=(--version) ;;
        csv) args=(analyze --config "$csv" --output "$out/o_$j" --format json --quiet) ;;
        parquet) args=(analyze --config "$pq" --output "$out/o_$j" --format json --quiet) ;;
      esac
      t0=$(date +%s.%N)
      java ${cds_opts[@]+"${cds_opts[@]}"} -Xmx1g -XX:+UseSerialGC -jar "$jar" "${args[@]}" >/dev/null
      echo "$j $w $(echo "$(date +%s.%N) - $t0" | bc)" >>"$out/times"
    done
  done
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
j=0
for jar in "$@"; do
  j=$((j + 1))
  fairness_cds_opts "$jar"
  printf '%s (%.1f MB, CDS %s):' "$jar" "$(echo "$(stat -c %s "$jar") / 1048576" | bc -l)" \
    "$([ ${#cds_opts[@]} -gt 0 ] && echo yes || echo no)"
  for w in version csv parquet; do
    m=$(awk -v j=$j -v w=$w '$1==j && $2==w {print $3}' "$out/times" | sort -n |
      awk '{v[NR]=$1} END {print (NR % 2) ? v[(NR+1)/2] : (v[NR/2] + v[NR/2+1]) / 2}')
    printf '  %s %.2f s' "$w" "$m"
  done
  echo
done
