package io.tracetrack.migrations.core;

/** A command that writes a revision was given no message to describe it. */
public class MissingMessageException extends MigrationException {

  public MissingMessageException() {
    super("A message is required: describe the change");
  }
}
