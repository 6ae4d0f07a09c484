package io.tracetrack.migrations.core.runner;

import io.tracetrack.migrations.core.MigrationException;
import java.util.List;

/**
 * Applied migrations were edited after they ran: the database holds what the old version did, so
 * the run stops before touching anything. {@code tracetrack:repair} accepts a deliberate change.
 */
public class ChangedMigrationException extends MigrationException {
  /** What the message tells the user to do. */
  public static final String ADVICE = "Restore the applied migration as it was and put the change in a new revision"
      + " (mvn tracetrack:migrate or tracetrack:revision); or, if the change is deliberate and the database already"
      + " matches it, accept it with mvn tracetrack:repair";

  private final List<ChangedMigration> changed;

  public ChangedMigrationException(List<ChangedMigration> changed) {
    super(message(changed));
    this.changed = List.copyOf(changed);
  }

  public List<ChangedMigration> changed() {
    return changed;
  }

  private static String message(List<ChangedMigration> changed) {
    StringBuilder message = new StringBuilder(changed.size() == 1
        ? "An applied migration has changed since it ran:"
        : changed.size() + " applied migrations have changed since they ran:");
    for (ChangedMigration c : changed) {
      message.append("\n  - ").append(c.describe());
    }
    return message.append("\n").append(ADVICE).toString();
  }
}
