package io.tracetrack.migrations.core.runner;

import io.tracetrack.migrations.core.MigrationException;
import io.tracetrack.migrations.core.revision.PlannedStep;

/** A migration's SQL failed; its transaction was rolled back and the version did not move. */
public class MigrationFailedException extends MigrationException {
  private final PlannedStep step;
  private final String statement;

  public MigrationFailedException(PlannedStep step, String statement, Throwable cause) {
    this(step, statement, cause, "");
  }

  /** @param hint an extra line that explains the error (a timeout setting, say), or empty */
  public MigrationFailedException(PlannedStep step, String statement, Throwable cause, String hint) {
    this((step.upgrade() ? "Upgrade " : "Downgrade ") + step.fromTo() + " (" + step.revision().describe()
        + ") failed and was rolled back; the database stays at the revision before it."
        + "\n  Statement: " + statement + "\n  Error: " + cause.getMessage() + hint, step, statement, cause);
  }

  protected MigrationFailedException(String message, PlannedStep step, String statement, Throwable cause) {
    super(message, cause);
    this.step = step;
    this.statement = statement;
  }

  public PlannedStep step() {
    return step;
  }

  public String statement() {
    return statement;
  }
}
