#!/usr/bin/env bash
# Benchmark (not a test): model rows/s through the subprocess (envelope and lines framing) and HTTP
# transports with the example logistic model of testdata/models, against the same model process
# scoring the same rows from a file. Usage: bench/model-throughput.sh [rows, default 1000000]
set -euo pipefail
cd "$(dirname "$0")/.."
ROWS="${1:-1000000}"
./mvnw -B -q -pl core test-compile -Dspotless.check.skip
CP_FILE="$(mktemp)"
trap 'rm -f "$CP_FILE"' EXIT
./mvnw -B -q -pl core dependency:build-classpath -Dmdep.outputFile="$CP_FILE" -Dmdep.includeScope=runtime
java -Xmx2g -cp "core/target/classes:core/target/test-classes:$(cat "$CP_FILE")" \
  dev.fairness.model.ModelThroughputBench "$ROWS" testdata/models bench/data
