package io.tracetrack.migrations.core;

/**
 * The engine's one unchecked base error. Its message is written for the user: it names the file,
 * entity, revision or setting at fault, and never a password.
 */
public class MigrationException extends RuntimeException {

  public MigrationException(String message) {
    super(message);
  }

  public MigrationException(String message, Throwable cause) {
    super(message, cause);
  }
}
