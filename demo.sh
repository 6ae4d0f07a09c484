#!/usr/bin/env bash
# The main job: build and install TraceTrack Migrations, then run the guide's core loop on the
# demo project (examples/tracetrack-demo) against its embedded PostgreSQL.
set -euo pipefail
cd "$(dirname "$0")"

mvn -B -q install -DskipTests -Dinvoker.skip=true

cd examples/tracetrack-demo
step() { printf '\n=== %s\n' "$*"; }

step "migrate: the committed migrations cover the entities"
mvn -B tracetrack:migrate -Dtracetrack.message="Demo check" | grep -E "No changes detected|Generating"
step "upgrade, current, history"
mvn -B tracetrack:upgrade tracetrack:current tracetrack:history | grep -E "Database:|Running|Nothing to do|Current revision|->"
step "downgrade (one step back), current"
mvn -B tracetrack:downgrade tracetrack:current | grep -E "Running|Current revision"
step "downgrade to base, then upgrade to head again"
mvn -B tracetrack:downgrade -Dtracetrack.target=base | grep -E "Running"
mvn -B tracetrack:upgrade tracetrack:current | grep -E "Running|Current revision"
