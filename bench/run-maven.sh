#!/usr/bin/env bash
# Runs MavenBench (real mvn: upgrade W500 against psql -f with Flyway's and Liquibase's plugins beside
# it, the offline check against a no-op compile, migrate against compile of the same change) and
# rewrites its table in bench/README.md, between the maven-bench markers: the rows run replace theirs,
# the others stay, noted as from an earlier run with its date.
# Our plugin must be installed for `mvn tracetrack:...` to resolve: it is installed into a private
# local repository (BENCH_REPO, default bench/target/maven-repo, first seeded by copying
# ~/.m2/repository), never into ~/.m2.
# Usage, from anywhere: bench/run-maven.sh [check200 migrate1000 upgrade500]   (BENCH_RUNS: 3)
set -euo pipefail
cd "$(dirname "$0")/.."
repo="${BENCH_REPO:-$PWD/bench/target/maven-repo}"
mkdir -p bench/target
if [ ! -d "$repo" ]; then
  cp -r "$HOME/.m2/repository" "$repo"
fi
version=$(sed -n 's:^  <version>\(.*\)</version>:\1:p' pom.xml | head -1)
mvn -B -q install -Dmaven.test.skip=true -Dinvoker.skip=true -Dmaven.repo.local="$repo" \
  -pl migration-maven-plugin,migration-processor -am
mvn -B -q dependency:build-classpath -pl migration-core -Dmaven.repo.local="$repo" \
  -Dmdep.includeScope=test -Dmdep.outputFile="$PWD/bench/target/engine.classpath"
mvn -B -q -f bench/peers/pom.xml dependency:build-classpath -Dmaven.repo.local="$repo" \
  -Dmdep.outputFile="$PWD/bench/target/peers.classpath"
cp="migration-core/target/classes:$(cat bench/target/engine.classpath):$(cat bench/target/peers.classpath)"
rm -rf bench/target/maven-classes
javac -d bench/target/maven-classes -cp "$cp" bench/src/main/java/io/tracetrack/migrations/bench/{MavenBench,MavenProjects,Maven,Trees,ApplyBench,CountingDataSource,PeerEngines,ProcessorBench}.java
java -Xmx512m -XX:+UseSerialGC -Dbench.runs="${BENCH_RUNS:-3}" -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
  -cp "bench/target/maven-classes:$cp" \
  io.tracetrack.migrations.bench.MavenBench bench/target/maven-bench "$repo" "$version" "$@" | tee bench/target/maven.md
python3 bench/readme-block.py --keep-rows maven-bench bench/target/maven.md
