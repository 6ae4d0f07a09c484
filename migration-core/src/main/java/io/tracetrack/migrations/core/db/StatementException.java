package io.tracetrack.migrations.core.db;

import java.sql.SQLException;

/**
 * A database error together with the statement it came from: its message is the server's,
 * followed by {@code Statement: ...} on a line of its own, so that whatever reports it names the
 * statement. Keeps the SQL state and the driver's exception as its cause.
 */
public final class StatementException extends SQLException {
  private final String statement;

  private StatementException(SQLException cause, String statement) {
    super(cause.getMessage() + "\n  Statement: " + statement, cause.getSQLState(), cause.getErrorCode(), cause);
    this.statement = statement;
  }

  /** The error with its statement (on one line); an error that already names one is kept as it is. */
  public static SQLException of(SQLException cause, String sql) {
    return cause instanceof StatementException ? cause : new StatementException(cause, oneLine(sql));
  }

  public String statement() {
    return statement;
  }

  private static String oneLine(String sql) {
    return sql.trim().replaceAll("\\s*\\R\\s*", " ");
  }
}
