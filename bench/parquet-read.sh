#!/usr/bin/env bash
# Local engine, Parquet against CSV (issue 21): the Adult rows repeated to ROWS (default 5,000,000)
# as CSV and as a Parquet copy (4 part files written by parquet-java, SNAPPY, 32 MB row groups),
# the a_sex_female bias report without FT. Runs, alternating, RUNS times each (default 5):
#   read only (bench/ParseOnly.java: same loader, same kept columns; no CDS archive) and the whole
#   `fairness analyze` (with the launcher's CDS archive), on CSV and on Parquet; prints every run, the medians, rows/s and the
#   ratio Parquet / CSV, with the load average before and after. Checks that the two analysis.json
#   are the same bytes.
#
# usage: bench/parquet-read.sh [ROWS] [RUNS]
# env:   FAIRNESS_JAVA_OPTS  JVM options (default -Xmx2g -XX:+UseSerialGC)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
rows=${1:-5000000}
runs=${2:-5}
out="$here/out/parquet-read"; mkdir -p "$out"
opts=${FAIRNESS_JAVA_OPTS:--Xmx2g -XX:+UseSerialGC}
jar="$root/cli/target/fairness.jar"
(cd "$root" && ./mvnw -B -q -DskipTests -Dspotless.check.skip -Denforcer.skip package)
[ -d "$root/core/target/test-classes/dev/fairness/data" ] ||
  (cd "$root" && ./mvnw -B -q -pl core test-compile -Dspotless.check.skip)
. "$root/cli/src/cds/options.sh" # the launcher's class-data sharing archive, for the analyze runs
fairness_cds_opts "$jar"
mkdir -p "$out/classes"
javac -d "$out/classes" -cp "$jar" "$here/ParseOnly.java"
"$here/make-data.sh" "$rows" >/dev/null
csv="$here/data/adult_$rows.csv"
python3 - "$root/testdata/cases/a_sex_female/config.json" "$csv" "$out/csv.json" <<'PY'
import json, sys
c = json.load(open(sys.argv[1]))
c["dataset_uri"] = sys.argv[2]
c["methods"]["post_training_bias"]["methods"] = [
    "AD", "CDDPL", "DAR", "DCA", "DCR", "DI", "DPPL", "DRR", "GE", "RD", "SD", "TE"]
json.dump(c, open(sys.argv[3], "w"), indent=2)
PY
pq="$out/parquet"
if [ "$(cat "$pq/rows" 2>/dev/null)" != "$rows" ]; then
  rm -rf "$pq"
  java -Xmx4g -XX:+UseParallelGC -cp "$root/core/target/test-classes:$jar" dev.fairness.data.ParquetCopies \
    "$out/csv.json" "$pq" 4 32 >/dev/null
  echo "$rows" >"$pq/rows"
fi
echo "rows: $rows; CSV $(du -sh "$csv" | cut -f1), Parquet $(du -sh "$pq/data" | cut -f1)"
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
sec() { local t0 t1; t0=$(date +%s.%N); "$@" >/dev/null 2>"$out/err" || { cat "$out/err" >&2; exit 1; }
  t1=$(date +%s.%N); echo "$t1 - $t0" | bc; }
: >"$out/times"
for i in $(seq "$runs"); do
  for kind in csv parquet; do
    cfg=$([ $kind = csv ] && echo "$out/csv.json" || echo "$pq/config.json")
    data=$([ $kind = csv ] && echo "$csv" || echo "$pq/data")
    r=$(java $opts -cp "$jar:$out/classes" ParseOnly "$cfg" "$data" | sed 's/parse_s=\([0-9.]*\).*/\1/')
    a=$(sec java ${cds_opts[@]+"${cds_opts[@]}"} $opts -jar "$jar" analyze --config "$cfg" --output "$out/out_$kind" --format json --quiet --log-level error)
    echo "$kind read $r analyze $a" | tee -a "$out/times"
  done
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
cmp "$out/out_csv/analysis.json" "$out/out_parquet/analysis.json" && echo "analysis.json: same bytes"
median() { sort -n | awk '{v[NR]=$1} END {print (NR % 2) ? v[(NR+1)/2] : (v[NR/2] + v[NR/2+1]) / 2}'; }
for col in 3 5; do
  what=$([ $col = 3 ] && echo read || echo analyze)
  c=$(awk -v k=$col '$1=="csv" {print $k}' "$out/times" | median)
  p=$(awk -v k=$col '$1=="parquet" {print $k}' "$out/times" | median)
  printf '%-8s median CSV %6.2f s (%5.2f M rows/s)  Parquet %6.2f s (%5.2f M rows/s)  Parquet/CSV time %.2f\n' \
    "$what" "$c" "$(echo "$rows / $c / 1000000" | bc -l)" "$p" "$(echo "$rows / $p / 1000000" | bc -l)" "$(echo "$p / $c" | bc -l)"
done
