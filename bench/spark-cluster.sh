#!/usr/bin/env bash
# A real multi-process Spark standalone cluster on this machine (issue 21): a master and two
# workers started from the Spark jars (org.apache.spark.deploy.master.Master / worker.Worker) on
# 127.0.0.1, each golden case (CSV, JSON Lines) and a three-part Parquet copy of it submitted
# through org.apache.spark.deploy.SparkSubmit, and the job's analysis.json compared byte for byte
# with `fairness analyze` on the same config. Prints one line per run and exits 1 on a difference.
#
# usage: bench/spark-cluster.sh [CASE...]      default: every case of testdata/cases with expected.json
# env:   SPARK_CLUSTER_KEEP=1   leave the cluster running (prints its pids) instead of stopping it
#
# The Spark jars come from the Maven build (-Pspark); no Spark installation is needed: the script
# makes a SPARK_HOME whose jars/ links to them. Every JVM is capped (master and workers 512 MB,
# executors 768 MB, driver 1 GB).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
out="$here/out/spark-cluster"
rm -rf "$out"; mkdir -p "$out/home/jars" "$out/runs"

(cd "$root" && ./mvnw -B -q -Pspark -DskipTests -Dspotless.check.skip package)
(cd "$root" && ./mvnw -B -q -Pspark -pl spark dependency:build-classpath \
  -Dmdep.includeScope=provided -Dmdep.outputFile="$out/spark.classpath")
# Spark and its dependencies; the job's own classes come only from fairness-spark.jar
tr ':' '\n' <"$out/spark.classpath" | grep -v '/dev/fairness/' \
  | while read -r j; do ln -sf "$j" "$out/home/jars/"; done
export SPARK_HOME="$out/home" SPARK_SCALA_VERSION=2.13
cp_spark="$SPARK_HOME/jars/*"
# copies, so that a rebuild during the run does not change the jars under running JVMs
cp "$root/spark/target/fairness-spark.jar" "$root/cli/target/fairness.jar" "$out/"
cp -r "$root/core/target/test-classes" "$out/core-test-classes"
job="$out/fairness-spark.jar"
cli="$out/fairness.jar"
opens="--add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.lang.invoke=ALL-UNNAMED
--add-opens=java.base/java.lang.reflect=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED
--add-opens=java.base/java.net=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED
--add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.util.concurrent=ALL-UNNAMED
--add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED --add-opens=java.base/sun.nio.ch=ALL-UNNAMED
--add-opens=java.base/sun.nio.cs=ALL-UNNAMED --add-opens=java.base/sun.security.action=ALL-UNNAMED
--add-opens=java.base/sun.util.calendar=ALL-UNNAMED -Djdk.reflect.useDirectMethodHandle=false"
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

pids=()
stop() {
  if [ "${SPARK_CLUSTER_KEEP:-0}" = 1 ]; then echo "cluster left running: pids ${pids[*]}"; return; fi
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  for p in "${pids[@]}"; do wait "$p" 2>/dev/null || true; done
}
trap stop EXIT

mport=$(free_port)
master="spark://127.0.0.1:$mport"
java -Xmx512m $opens -cp "$cp_spark" org.apache.spark.deploy.master.Master \
  --host 127.0.0.1 --port "$mport" --webui-port "$(free_port)" >"$out/master.log" 2>&1 &
pids+=($!)
for w in 1 2; do
  mkdir -p "$out/work$w"
  java -Xmx512m $opens -cp "$cp_spark" org.apache.spark.deploy.worker.Worker \
    --host 127.0.0.1 --webui-port "$(free_port)" --cores 1 --memory 1g \
    --work-dir "$out/work$w" "$master" >"$out/worker$w.log" 2>&1 &
  pids+=($!)
done
for _ in $(seq 1 120); do
  [ "$(grep -c 'Registering worker' "$out/master.log" 2>/dev/null || true)" -ge 2 ] 2>/dev/null && break
  sleep 1
done
[ "$(grep -c 'Registering worker' "$out/master.log" || true)" -ge 2 ] \
  || { echo "the two workers did not register; see $out/master.log" >&2; exit 1; }
echo "cluster: master $master (pid ${pids[0]}), workers pids ${pids[1]} ${pids[2]}"

cases=("$@")
if [ ${#cases[@]} -eq 0 ]; then
  for d in "$root"/testdata/cases/*/; do
    [ -f "$d/expected.json" ] && cases+=("$(basename "$d")")
  done
fi
status=0
run_case() { # name config
  local name=$1 cfg=$2 dir="$out/runs/$1"
  mkdir -p "$dir"
  java -Xmx1g -jar "$cli" analyze --config "$cfg" --output "$dir/local" --format json --quiet \
    --log-level error
  local t0 t1
  t0=$(date +%s.%N)
  java -Xmx1g $opens -cp "$cp_spark" org.apache.spark.deploy.SparkSubmit \
    --master "$master" --deploy-mode client --conf spark.driver.host=127.0.0.1 \
    --conf spark.executor.memory=768m --conf spark.cores.max=2 --conf spark.ui.enabled=false \
    --conf spark.sql.shuffle.partitions=4 --conf spark.sql.files.maxPartitionBytes=524288 \
    --class dev.fairness.spark.SparkAnalyze "$job" \
    --config "$cfg" --output "$dir/cluster" --format json --quiet >"$dir/submit.log" 2>&1 \
    || { echo "$name: job failed, see $dir/submit.log"; status=1; return; }
  t1=$(date +%s.%N)
  local execs
  execs=$(grep -c 'Granted executor ID' "$dir/submit.log" || true)
  if cmp -s "$dir/local/analysis.json" "$dir/cluster/analysis.json"; then
    printf '%-34s same bytes (%s B)  executors granted: %s  job %.1f s\n' "$name" \
      "$(wc -c <"$dir/cluster/analysis.json")" "$execs" "$(echo "$t1 - $t0" | bc)"
  else
    echo "$name: analysis.json DIFFERS (see $dir)"; status=1
  fi
}
for c in "${cases[@]}"; do
  cfg="$root/testdata/cases/$c/config.json"
  run_case "$c" "$cfg"
  pq=$(java -Xmx1g -cp "$out/core-test-classes:$cli" dev.fairness.data.ParquetCopies \
    "$cfg" "$out/parquet/$c" 3)
  run_case "$c (parquet, 3 parts)" "$pq"
done
echo "executor launches per worker: work1 $(find "$out/work1" -mindepth 2 -maxdepth 2 -type d | wc -l)," \
  "work2 $(find "$out/work2" -mindepth 2 -maxdepth 2 -type d | wc -l)"
exit $status
