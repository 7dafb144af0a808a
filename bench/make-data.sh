#!/usr/bin/env bash
# Generates the large benchmark inputs by repeating the Adult test rows (header once):
#   bench/data/adult_<N>.csv          from testdata/datasets/adult_test_with_predictions.csv
#   bench/data/adult_encoded_<N>.csv  from the label-encoded, all-numeric variant
# usage: bench/make-data.sh ROWS [ROWS...]     e.g. bench/make-data.sh 1000000 10000000
# The encoded source is the full 16,281-row file when ../shared is beside the project, else the
# 4,000-row subset in testdata (the figures then say so).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
mkdir -p "$here/data"
adult="$root/testdata/datasets/adult_test_with_predictions.csv"
encoded="$root/../shared/datasets/adult/adult_test_encoded_with_predictions.csv"
[ -f "$encoded" ] || encoded="$root/testdata/datasets/adult_encoded_4k.csv"
repeat() { # src rows dst
  local src=$1 rows=$2 dst=$3
  [ -f "$dst" ] && [ "$(($(wc -l <"$dst") - 1))" = "$rows" ] && return 0
  awk -v n="$rows" 'NR==1 {h=$0; next} {r[++k]=$0} END {print h; for (i=0; i<n; i++) print r[(i%k)+1]}' "$src" >"$dst.tmp"
  mv "$dst.tmp" "$dst"
}
for n in "$@"; do
  repeat "$adult" "$n" "$here/data/adult_$n.csv"
  repeat "$encoded" "$n" "$here/data/adult_encoded_$n.csv"
  echo "bench/data/adult_$n.csv bench/data/adult_encoded_$n.csv"
done
