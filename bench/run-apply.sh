#!/usr/bin/env bash
# Runs ApplyBench (apply against psql -f with Flyway and Liquibase beside us, round trips, no-op
# upgrade, processor overhead) and rewrites its table in bench/README.md, between the apply-bench
# markers: the rows run replace theirs, the others stay with the date they were measured. Builds the
# engine into target folders only (nothing is installed).
# Usage, from anywhere: bench/run-apply.sh [w500 w5000 noop1000 noop10000 javac1000]   (-Dbench.runs: BENCH_RUNS, 5)
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p bench/target
mvn -B -o -q package dependency:build-classpath -DskipTests -pl migration-core -am \
  -Dmdep.includeScope=test -Dmdep.outputFile="$PWD/bench/target/engine.classpath"
mvn -B -o -q -f bench/peers/pom.xml dependency:build-classpath -Dmdep.outputFile="$PWD/bench/target/peers.classpath"
# The engine's own versions first: where both name a library, the engine's wins.
cp="migration-core/target/classes:$(cat bench/target/engine.classpath):$(cat bench/target/peers.classpath)"
rm -rf bench/target/apply-classes
javac -d bench/target/apply-classes -cp "$cp" \
  bench/src/main/java/io/tracetrack/migrations/bench/ApplyBench.java \
  bench/src/main/java/io/tracetrack/migrations/bench/CountingDataSource.java \
  bench/src/main/java/io/tracetrack/migrations/bench/PeerEngines.java \
  bench/src/main/java/io/tracetrack/migrations/bench/ProcessorBench.java \
  bench/src/main/java/io/tracetrack/migrations/bench/Trees.java
java -Xmx1g -XX:+UseSerialGC -Dbench.runs="${BENCH_RUNS:-5}" -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
  -cp "bench/target/apply-classes:$cp" \
  io.tracetrack.migrations.bench.ApplyBench bench/target/apply-bench "$@" | tee bench/target/apply.md
python3 bench/readme-block.py --keep-rows apply-bench bench/target/apply.md
