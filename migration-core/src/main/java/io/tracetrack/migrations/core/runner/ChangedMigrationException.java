package io.tracetrack.migrations.core.runner;

import io.tracetrack.migrations.core.MigrationException;
import java.util.List;

/**
 * Applied migrations were edited after they ran: the database holds what the old version did, so
 * the run stops before touching anything. Repair ({@code Migrator.repair}) accepts a deliberate change.
 */
public class ChangedMigrationException extends MigrationException {
  /** What the message tells the user to do, in the engine's words (repair is its command for accepting). */
  public static final String ADVICE = "Restore the applied migration as it was and put the change in a new revision;"
      + " or, if the change is deliberate and the database already matches it, accept it with repair";

  private final List<ChangedMigration> changed;

  public ChangedMigrationException(List<ChangedMigration> changed) {
    super(message(changed));
    this.changed = List.copyOf(changed);
  }

  public List<ChangedMigration> changed() {
    return changed;
  }

  /** The heading and one line per changed migration, without advice. */
  public String reason() {
    return reason(changed);
  }

  private static String message(List<ChangedMigration> changed) {
    return reason(changed) + "\n" + ADVICE;
  }

  private static String reason(List<ChangedMigration> changed) {
    StringBuilder message = new StringBuilder(changed.size() == 1
        ? "An applied migration has changed since it ran:"
        : changed.size() + " applied migrations have changed since they ran:");
    for (ChangedMigration c : changed) {
      message.append("\n  - ").append(c.describe());
    }
    return message.toString();
  }
}
