#!/usr/bin/env bash
# Parquet and Spark at scale (issue 21): the Adult rows repeated to ROWS (default 10,000,000), as
# CSV and as Parquet (4 part files written by parquet-java), analysed by
#   1. fairness analyze on the CSV            (the local engine's CSV speed, the reference)
#   2. fairness analyze on the Parquet copy   (must be at least as fast per row as 1)
#   3. the Spark job, local[2], on the Parquet copy
#   4. the Spark job on a standalone cluster (master + 2 workers of 1 core, 127.0.0.1)
# and checks that all four write the same analysis.json bytes. Prints wall time, rows/s and the
# ratio to run 1. Bias metrics of the a_sex_female golden case without FT (FT on Spark needs every
# row on the driver; at 10M rows that is --ft-max-rows territory, not a benchmark).
#
# usage: bench/parquet-spark.sh [ROWS]
# env:   FAIRNESS_JAVA_OPTS  JVM options of runs 1-2 (default -Xmx2g -XX:+UseSerialGC)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
rows=${1:-10000000}
out="$here/out/parquet-spark"
# the Parquet copy is kept between runs of the same ROWS (writing it takes minutes)
[ "$(cat "$out/parquet/rows" 2>/dev/null)" = "$rows" ] && mv "$out/parquet" "$out.parquet.keep"
rm -rf "$out"; mkdir -p "$out/home/jars"
[ -d "$out.parquet.keep" ] && mv "$out.parquet.keep" "$out/parquet"
opts=${FAIRNESS_JAVA_OPTS:--Xmx2g -XX:+UseSerialGC}

(cd "$root" && ./mvnw -B -q -Pspark -DskipTests -Dspotless.check.skip package)
(cd "$root" && ./mvnw -B -q -Pspark -pl spark dependency:build-classpath \
  -Dmdep.includeScope=provided -Dmdep.outputFile="$out/spark.classpath")
tr ':' '\n' <"$out/spark.classpath" | grep -v '/dev/fairness/' \
  | while read -r j; do ln -sf "$j" "$out/home/jars/"; done
export SPARK_HOME="$out/home" SPARK_SCALA_VERSION=2.13
cp "$root/spark/target/fairness-spark.jar" "$root/cli/target/fairness.jar" "$out/"
cp -r "$root/core/target/test-classes" "$out/core-test-classes"
cli="$out/fairness.jar"; job="$out/fairness-spark.jar"; cp_spark="$SPARK_HOME/jars/*"
opens="--add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.lang.invoke=ALL-UNNAMED
--add-opens=java.base/java.lang.reflect=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED
--add-opens=java.base/java.net=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED
--add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.util.concurrent=ALL-UNNAMED
--add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED --add-opens=java.base/sun.nio.ch=ALL-UNNAMED
--add-opens=java.base/sun.nio.cs=ALL-UNNAMED --add-opens=java.base/sun.security.action=ALL-UNNAMED
--add-opens=java.base/sun.util.calendar=ALL-UNNAMED -Djdk.reflect.useDirectMethodHandle=false"

# Data: CSV by make-data.sh, the config without FT, its Parquet copy (4 parts, 32 MB row groups).
"$here/make-data.sh" "$rows" >/dev/null
csv="$here/data/adult_$rows.csv"
python3 - "$root/testdata/cases/a_sex_female/config.json" "$csv" "$out/csv.json" <<'EOF'
import json, sys
c = json.load(open(sys.argv[1]))
c["dataset_uri"] = sys.argv[2]
c["methods"]["post_training_bias"]["methods"] = [
    "AD", "CDDPL", "DAR", "DCA", "DCR", "DI", "DPPL", "DRR", "GE", "RD", "SD", "TE"]
json.dump(c, open(sys.argv[3], "w"), indent=2)
EOF
pq="$out/parquet/config.json"
if [ ! -f "$out/parquet/rows" ]; then
  t0=$(date +%s.%N)
  java -Xmx4g -XX:+UseParallelGC -cp "$out/core-test-classes:$cli" dev.fairness.data.ParquetCopies \
    "$out/csv.json" "$out/parquet" 4 32 >/dev/null
  echo "$rows" >"$out/parquet/rows"
  echo "wrote $rows rows as Parquet in $(echo "$(date +%s.%N) - $t0" | bc | xargs printf '%.1f') s"
fi
echo "Parquet: $(du -sh "$out/parquet/data" | cut -f1) in 4 part files (CSV: $(du -sh "$csv" | cut -f1))"

timed() { # label dir command...: runs, prints wall time and rows/s, keeps analysis.json
  local label=$1 dir=$2; shift 2
  local t0 t1
  t0=$(date +%s.%N)
  "$@" >"$out/$dir.log" 2>&1 || { echo "$label failed, see $out/$dir.log" >&2; exit 1; }
  t1=$(date +%s.%N)
  local s; s=$(echo "$t1 - $t0" | bc)
  printf '%-40s %7.1f s  %12.0f rows/s\n' "$label" "$s" "$(echo "$rows / $s" | bc -l)"
  echo "$s" >"$out/$dir.seconds"
}
submit() { # master output
  java -Xmx2g $opens -cp "$cp_spark" org.apache.spark.deploy.SparkSubmit --master "$1" \
    --conf spark.driver.host=127.0.0.1 --conf spark.ui.enabled=false \
    --conf spark.executor.memory=1g --conf spark.cores.max=2 \
    --class dev.fairness.spark.SparkAnalyze "$job" \
    --config "$pq" --output "$out/$2" --format json --quiet
}
timed "1. local engine, CSV" local-csv \
  java $opts -jar "$cli" analyze --config "$out/csv.json" --output "$out/local-csv" --format json --quiet
timed "2. local engine, Parquet" local-parquet \
  java $opts -jar "$cli" analyze --config "$pq" --output "$out/local-parquet" --format json --quiet
timed "3. Spark local[2], Parquet" spark-local submit "local[2]" spark-local

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
pids=()
trap 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done' EXIT
mport=$(free_port)
java -Xmx512m $opens -cp "$cp_spark" org.apache.spark.deploy.master.Master --host 127.0.0.1 \
  --port "$mport" --webui-port "$(free_port)" >"$out/master.log" 2>&1 &
pids+=($!)
for w in 1 2; do
  java -Xmx512m $opens -cp "$cp_spark" org.apache.spark.deploy.worker.Worker --host 127.0.0.1 \
    --webui-port "$(free_port)" --cores 1 --memory 1536m --work-dir "$out/work$w" \
    "spark://127.0.0.1:$mport" >"$out/worker$w.log" 2>&1 &
  pids+=($!)
done
for _ in $(seq 1 120); do
  [ "$(grep -c 'Registering worker' "$out/master.log" 2>/dev/null || true)" -ge 2 ] 2>/dev/null && break
  sleep 1
done
timed "4. Spark standalone, 2 workers, Parquet" spark-cluster submit "spark://127.0.0.1:$mport" spark-cluster

for d in local-parquet spark-local spark-cluster; do
  cmp -s "$out/local-csv/analysis.json" "$out/$d/analysis.json" \
    || { echo "analysis.json of $d differs from the CSV run's" >&2; exit 1; }
done
echo "analysis.json: the same bytes in all four runs"
printf 'local Parquet vs local CSV, time per row: %.2f (< 1: Parquet faster)\n' \
  "$(echo "$(cat "$out/local-parquet.seconds") / $(cat "$out/local-csv.seconds")" | bc -l)"
