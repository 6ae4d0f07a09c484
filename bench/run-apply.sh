#!/usr/bin/env bash
# Runs ApplyBench (apply against psql -f, round trips, no-op upgrade) and rewrites its table in
# bench/README.md, between the apply-bench markers. Builds the engine into target folders only
# (nothing is installed). Usage, from anywhere: bench/run-apply.sh [w500 w5000 noop1000 noop10000]
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p bench/target
mvn -B -o -q package dependency:build-classpath -DskipTests -pl migration-core -am \
  -Dmdep.includeScope=test -Dmdep.outputFile="$PWD/bench/target/engine.classpath"
cp="migration-core/target/classes:$(cat bench/target/engine.classpath)"
rm -rf bench/target/apply-classes
javac -d bench/target/apply-classes -cp "$cp" \
  bench/src/main/java/io/tracetrack/migrations/bench/ApplyBench.java \
  bench/src/main/java/io/tracetrack/migrations/bench/CountingDataSource.java
java -Xmx1g -XX:+UseSerialGC -cp "bench/target/apply-classes:$cp" \
  io.tracetrack.migrations.bench.ApplyBench bench/target/apply-bench "$@" | tee bench/target/apply.md
python3 - <<'PY'
import re
readme = open('bench/README.md').read()
table = open('bench/target/apply.md').read().strip()
start, end = '<!-- apply-bench:start -->', '<!-- apply-bench:end -->'
readme = re.sub(re.escape(start) + '.*?' + re.escape(end), lambda m: start + '\n' + table + '\n' + end, readme, flags=re.S)
open('bench/README.md', 'w').write(readme)
PY
