#!/usr/bin/env bash
# The main job: build and install TraceTrack Migrations, then run the guide's core loop on the
# demo project (examples/tracetrack-demo) against its embedded PostgreSQL, and show that its
# `mvn verify` fails on an entity change that no migration covers.
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

step "verify fails on an entity change that no migration covers (a scratch copy of the demo)"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
cp -R pom.xml src "$scratch"/
entity="$scratch/src/main/java/io/tracetrack/demo/model/Project.java"
{ sed '$d' "$entity"; printf '\n  private java.time.LocalDate dueDate;\n}\n'; } > "$entity.new" && mv "$entity.new" "$entity"
echo "added to Project: private LocalDate dueDate;"
if (cd "$scratch" && mvn -B verify > build.log 2>&1); then
  echo "mvn verify passed, but the check-build execution should have failed it" >&2
  exit 1
fi
grep -m1 "BUILD FAILURE" "$scratch/build.log"
grep -m1 "due_date" "$scratch/build.log" || {
  echo "mvn verify failed without naming the change:" >&2
  tail -n 30 "$scratch/build.log" >&2
  exit 1
}
