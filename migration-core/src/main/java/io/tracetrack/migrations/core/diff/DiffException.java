package io.tracetrack.migrations.core.diff;

import io.tracetrack.migrations.core.MigrationException;

/** A change autogenerate cannot express as operations; the message says what to write by hand. */
public class DiffException extends MigrationException {

  public DiffException(String message) {
    super(message);
  }
}
