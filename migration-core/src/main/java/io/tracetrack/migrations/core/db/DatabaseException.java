package io.tracetrack.migrations.core.db;

import io.tracetrack.migrations.core.MigrationException;

/** The database cannot be reached or refuses the connection. Never carries a password. */
public class DatabaseException extends MigrationException {

  public DatabaseException(String message, Throwable cause) {
    super(message, cause);
  }

  public DatabaseException(String message) {
    super(message);
  }
}
