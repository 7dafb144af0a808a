#!/usr/bin/env bash
# Writes the class-data sharing (AppCDS) archive of the shaded jar: JAR's folder gets fairness.jsa
# and fairness.jsa.id (the `java` it is valid for; see options.sh). Run by `package` in cli/pom.xml
# after the shade plugin. Never fails the build: on any problem it prints a warning, leaves no
# archive, and exits 0, and ./fairness runs without one.
#
# usage: make-archive.sh JAR TESTDATA_DIR
#
# How: a static archive from the class lists of a few representative runs (-XX:DumpLoadedClassList,
# then -Xshare:dump). Not a JDK 17 dynamic archive (-XX:ArchiveClassesAtExit): that one silently
# leaves out classes of class-file version < 50, and picocli (~180 classes at start-up) is
# compiled for Java 5. The `java` is the one on PATH, the one ./fairness and bench/ run.
set -uo pipefail
jar=$1
testdata=$2
dir=$(dirname "$jar")
jsa="$dir/fairness.jsa"
work="$dir/cds"
rm -rf "$jsa" "$jsa.id" "$jsa.tmp" "$work" "$dir/fairness.classlist"

warn() {
  echo "fairness: no CDS archive ($*); ./fairness runs without it, only its start-up is slower" >&2
  rm -f "$jsa" "$jsa.id" "$jsa.tmp"
  exit 0
}
java=$(command -v java) || warn "no java on PATH"
id=$(stat -L -c '%d %i %s %Y' "$java" 2>/dev/null) || warn "cannot stat $java"
mkdir -p "$work" || warn "cannot create $work"
limit=()
if command -v timeout >/dev/null 2>&1; then limit=(timeout 300); fi
# The launcher's own options: the same heap and collector as the runs the archive serves.
vm=(-Xmx1g -XX:+UseSerialGC "-XX:ErrorFile=$work/hs_err_pid%p.log")

n=0
train() { # EXPECTED_EXIT ARGS...: one fairness run that appends its loaded classes to a class list
  local expected=$1 code=0
  shift
  n=$((n + 1))
  "${limit[@]+"${limit[@]}"}" "$java" "${vm[@]}" -XX:TieredStopAtLevel=1 \
    "-XX:DumpLoadedClassList=$work/$n.classlist" -jar "$jar" "$@" \
    >"$work/$n.out" 2>"$work/$n.err" </dev/null || code=$?
  [ "$code" = "$expected" ] || warn "training run $n exited $code, not $expected: fairness $*; see $work/$n.err"
}
cases="$testdata/cases"
train 0 --version
train 0 --help
# CSV, every bias metric, JSON + HTML + Markdown reports.
train 0 analyze --config "$cases/d_tiny20/config.json" --output "$work/tiny20"
# The same with bootstrap intervals (methods.confidence): the table bootstrap, the binomial
# sampler and the reports' interval columns and error bars.
train 0 analyze --config "$cases/d_tiny20/config.json" --output "$work/tiny20ci" --n-boot 50
# JSON Lines read through JMESPath.
train 0 analyze --config "$cases/d_tiny20_jsonlines/config.json" --output "$work/jsonl" --format json
# Parquet (parquet-java's reader, the page decoder, the Snappy codec), JSON report only.
train 0 analyze --config "$testdata/parquet/d_tiny20/config.json" --output "$work/parquet" --format json
# SHAP and PDP against a subprocess model (java ToyModel.java), explanation files.
train 0 analyze --config "$cases/v3_worked_example/config.json" --output "$work/v3"
train 0 validate --config "$testdata/config/example_a.json"
# compare, and the exit-6 path of failed assertions.
train 6 compare --baseline "$testdata/gate/baseline/analysis.json" \
  --current "$testdata/gate/current/analysis.json" --thresholds "$testdata/gate/thresholds.txt"
# compare's feature-attribution drift with every output, and trend's three reports.
train 6 compare --baseline "$testdata/drift/shap_run_a.json" --current "$testdata/drift/shap_run_b.json" \
  --json "$work/drift.json" --md "$work/drift.md" --junit "$work/drift.xml" --violations "$work/cv.json"
train 6 trend "$testdata/gate/baseline" "$testdata/gate/current" --assert "post.DI >= 0.8" \
  --output "$work/trend"

# One class list in first-seen order (a duplicate @lambda-proxy line crashes JDK 17's dump).
awk '!seen[$0]++' "$work"/[0-9]*.classlist >"$work/all.classlist" || warn "cannot merge class lists"
# Into a temporary file first: JDK 17 crashes on a truncated archive, so only a whole one is kept.
"${limit[@]+"${limit[@]}"}" "$java" "${vm[@]}" -Xshare:dump "-XX:SharedClassListFile=$work/all.classlist" \
  "-XX:SharedArchiveFile=$jsa.tmp" -cp "$jar" >"$work/dump.log" 2>&1 </dev/null \
  || warn "-Xshare:dump failed; see $work/dump.log"
# The archive must map (-Xshare:on fails otherwise) and change nothing a user sees.
"${limit[@]+"${limit[@]}"}" "$java" "${vm[@]}" "-XX:SharedArchiveFile=$jsa.tmp" -Xshare:on \
  -jar "$jar" --version >"$work/check.out" 2>"$work/check.err" </dev/null \
  || warn "the new archive does not load; see $work/check.err"
cmp -s "$work/check.out" "$work/1.out" && cmp -s "$work/check.err" "$work/1.err" \
  || warn "--version prints differently with the archive; see $work/check.out and $work/check.err"
mv -f "$jsa.tmp" "$jsa" && echo "$id" >"$jsa.id" || warn "cannot write $jsa"
# The class list alone, for the release archive: its bin/fairness makes an archive for the java and
# the install path it finds (an archive fits only the jar path it was made with).
cp "$work/all.classlist" "$dir/fairness.classlist" || warn "cannot write $dir/fairness.classlist"
echo "fairness: CDS archive $jsa ($(($(stat -c %s "$jsa") / 1048576)) MiB, $(grep -vc '^[#@]' "$work/all.classlist") classes listed, for $java)"
