package io.tracetrack.migrations.core.db;

/** The embedded development database cannot be started: another build is using its folder, most likely. */
public class EmbeddedDatabaseBusyException extends DatabaseException {
  private final String reason;

  public EmbeddedDatabaseBusyException(String reason, String advice, Throwable cause) {
    super(reason + advice + " to use a server of your own", cause);
    this.reason = reason;
  }

  /** What happened, without the advice to configure a server of one's own. */
  public String reason() {
    return reason;
  }
}
