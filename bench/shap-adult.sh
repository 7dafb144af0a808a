#!/usr/bin/env bash
# SHAP over the whole Adult test set (issue 5): 16,281 rows, 14 label-encoded features, one
# baseline row, default num_samples (2,076 coalitions per record), the example logistic model as a
# subprocess (testdata/models/LogisticModel.java). Prints wall time and the share of it spent
# waiting for the model (from the tool's own log line).
# usage: bench/shap-adult.sh [ROWS]     default 16281
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
rows=${1:-16281}
out="$here/out/shap"; mkdir -p "$out"
(cd "$root" && ./mvnw -B -q -DskipTests -Dspotless.check.skip -Denforcer.skip package)
. "$root/cli/src/cds/options.sh"
fairness_cds_opts "$root/cli/target/fairness.jar" # the launcher's archive options (FAIRNESS_CDS=0: none)
fairness_page_opts # and its huge-page option (FAIRNESS_THP=0: none)
"$here/make-data.sh" "$rows" >/dev/null
data="$here/data/adult_encoded_$rows.csv"
cat >"$out/config.json" <<JSON
{
  "dataset_type": "text/csv",
  "dataset_uri": "$data",
  "label": "Target",
  "excluded_columns": ["predicted_label"],
  "methods": {"shap": {"baseline": [[39, 4, 189436, 10, 10, 3, 7, 1, 4, 1, 1082, 88, 40, 37]],
                       "save_local_shap_values": true, "seed": 0}},
  "predictor": {"content_type": "text/csv", "accept_type": "text/csv"},
  "local": {"command": ["java", "$root/testdata/models/LogisticModel.java", "$root/testdata/models/adult_logistic.json"]}
}
JSON
start=$(date +%s.%N)
java ${cds_opts[@]+"${cds_opts[@]}"} ${page_opts[@]+"${page_opts[@]}"} ${FAIRNESS_JAVA_OPTS:--Xmx1g -XX:+UseSerialGC} -jar "$root/cli/target/fairness.jar" analyze \
  --config "$out/config.json" --output "$out/result" --format json --quiet 2>"$out/log.txt"
end=$(date +%s.%N)
grep -E "SHAP n_samples|SHAP explained|Model delivered" "$out/log.txt" | sed 's/^[^ ]* //'
awk -v s="$start" -v e="$end" -v r="$rows" 'BEGIN {printf "process wall: %.1f s for %d records (%.2f ms per record)\n", e-s, r, 1000*(e-s)/r}'
