package io.tracetrack.migrations.core.schema;

import io.tracetrack.migrations.core.MigrationException;

/** A schema snapshot is missing, unreadable, malformed or of an unknown format. */
public class SnapshotException extends MigrationException {

  public SnapshotException(String message) {
    super(message);
  }

  public SnapshotException(String message, Throwable cause) {
    super(message, cause);
  }
}
