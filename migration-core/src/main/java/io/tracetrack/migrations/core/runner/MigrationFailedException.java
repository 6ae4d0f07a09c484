package io.tracetrack.migrations.core.runner;

import io.tracetrack.migrations.core.MigrationException;
import io.tracetrack.migrations.core.revision.PlannedStep;
import java.util.Optional;

/** A migration's SQL failed; its transaction was rolled back and the version did not move. */
public class MigrationFailedException extends MigrationException {
  private final PlannedStep step;
  private final String statement;
  private final ExceededTimeout timeout;

  public MigrationFailedException(PlannedStep step, String statement, Throwable cause) {
    this(step, statement, cause, Optional.empty());
  }

  /** @param timeout the session timeout that stopped the statement, when one did */
  public MigrationFailedException(PlannedStep step, String statement, Throwable cause,
      Optional<ExceededTimeout> timeout) {
    this((step.upgrade() ? "Upgrade " : "Downgrade ") + step.fromTo() + " (" + step.revision().describe()
        + ") failed and was rolled back; the database stays at the revision before it."
        + "\n  Statement: " + statement + "\n  Error: " + cause.getMessage()
        + timeout.map(ExceededTimeout::hint).orElse(""), step, statement, cause, timeout);
  }

  protected MigrationFailedException(String message, PlannedStep step, String statement, Throwable cause,
      Optional<ExceededTimeout> timeout) {
    super(message, cause);
    this.step = step;
    this.statement = statement;
    this.timeout = timeout.orElse(null);
  }

  /** The session timeout that stopped the failing statement, when one did; the message's hint line names it. */
  public Optional<ExceededTimeout> timeout() {
    return Optional.ofNullable(timeout);
  }

  public PlannedStep step() {
    return step;
  }

  public String statement() {
    return statement;
  }
}
