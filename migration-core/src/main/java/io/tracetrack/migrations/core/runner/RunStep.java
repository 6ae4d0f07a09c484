package io.tracetrack.migrations.core.runner;

import io.tracetrack.migrations.core.revision.PlannedStep;
import java.util.Set;

/**
 * One step of a run, as the runner's loop takes them: a migration applied or undone, or a stamp,
 * which moves the version with no body to run (as Alembic's {@code StampStep}). Either way the
 * step's version-table update and history row are written by the same code, under the same lock.
 */
sealed interface RunStep {

  /** A migration's {@code upgrade()} or {@code downgrade()}. */
  record Migrate(PlannedStep planned) implements RunStep {}

  /** Sets the applied heads from {@code from} to {@code to}, running nothing. */
  record Stamp(Set<String> from, Set<String> to) implements RunStep {
    public Stamp {
      from = Set.copyOf(from);
      to = Set.copyOf(to);
    }

    /** {@code 1a2b3c4d5e6f -> 2b3c4d5e6f70}, {@code base} for none. */
    String fromTo() {
      return describe(from) + " -> " + describe(to);
    }

    private static String describe(Set<String> heads) {
      return heads.isEmpty() ? "base" : String.join(", ", new java.util.TreeSet<>(heads));
    }
  }
}
