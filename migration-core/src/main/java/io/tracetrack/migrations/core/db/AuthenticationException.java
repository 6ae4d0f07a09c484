package io.tracetrack.migrations.core.db;

/** The server refused the user and password. Never carries the password. */
public class AuthenticationException extends DatabaseException {
  private final String reason;

  /** @param reason what happened, without advice: {@code Authentication failed for user app at jdbc:...} */
  public AuthenticationException(String reason, Throwable cause) {
    super(reason + ": check the database user and password (or DATABASE_URL)", cause);
    this.reason = reason;
  }

  public String reason() {
    return reason;
  }
}
