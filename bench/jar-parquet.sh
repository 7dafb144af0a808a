#!/usr/bin/env bash
# Runs core's Parquet tests (ParquetSourceTest) against the shaded jar instead of the module's
# dependencies: the jar carries only the Hadoop classes parquet-java's local reader loads (see the
# shade filters in cli/pom.xml), so this shows that every Parquet path works with that subset.
# Also prints the jar's size. usage: bench/jar-parquet.sh   (after ./mvnw package)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
out="$here/out/jar-parquet"; mkdir -p "$out/classes"
jar="$root/cli/target/fairness.jar"
(cd "$root" && ./mvnw -B -q -pl core test-compile -Dspotless.check.skip)
(cd "$root" && ./mvnw -B -q -pl core dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile="$out/core.classpath")
junit=$(tr ':' '\n' <"$out/core.classpath" | grep -E '/(org/junit|org/opentest4j|org/apiguardian)/' | paste -sd:)
javac -d "$out/classes" -cp "$junit" "$here/JarTests.java"
echo "jar: $(stat -c %s "$jar" | awk '{printf "%.1f MB", $1 / 1048576}'), $(unzip -l "$jar" | grep -c 'org/apache/hadoop/.*\.class') Hadoop classes"
cd "$root/core" # the tests find ../testdata from the module folder
java ${JAR_TESTS_OPTS:-} -cp "$root/core/target/test-classes:$jar:$junit:$out/classes" JarTests dev.fairness.data.ParquetSourceTest
