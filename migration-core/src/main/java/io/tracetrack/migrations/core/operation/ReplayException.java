package io.tracetrack.migrations.core.operation;

import io.tracetrack.migrations.core.MigrationException;

/** An operation does not fit the schema it is replayed on (a missing table, a duplicate column...). */
public class ReplayException extends MigrationException {

  public ReplayException(String message) {
    super(message);
  }
}
