package io.tracetrack.migrations.core.runner;

import io.tracetrack.migrations.core.db.StatementException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Writes a step's version-table update and history row in one statement (one round trip), inside
 * the step's transaction. The statement is prepared once per run, so PostgreSQL plans it once.
 */
final class StepBookkeeping implements AutoCloseable {
  /** Deletes and inserts version rows (disjoint sets) and appends the history row. */
  static final String SQL = "WITH removed AS (DELETE FROM " + VersionTable.VERSION + " WHERE version_num = ANY (?)),"
      + " added AS (INSERT INTO " + VersionTable.VERSION + " (version_num) SELECT unnest(?::varchar[]))"
      + " INSERT INTO " + VersionTable.HISTORY
      + " (revision, direction, message, checksum, duration_ms, applied_from) VALUES (?, ?, ?, ?, ?, ?)";

  private final Connection connection;
  private final String appliedFrom = VersionTable.appliedFrom();
  private PreparedStatement statement;

  StepBookkeeping(Connection connection) {
    this.connection = connection;
  }

  void record(AppliedRevisions.HeadChange change, String revision, boolean upgrade, String message, String checksum,
      long durationMillis) throws SQLException {
    try {
      if (statement == null) {
        statement = connection.prepareStatement(SQL);
      }
      statement.setArray(1, connection.createArrayOf("varchar", change.removed().toArray()));
      statement.setArray(2, connection.createArrayOf("varchar", change.added().toArray()));
      statement.setString(3, revision);
      statement.setString(4, upgrade ? "upgrade" : "downgrade");
      statement.setString(5, message);
      statement.setString(6, checksum);
      statement.setLong(7, durationMillis);
      statement.setString(8, appliedFrom);
      statement.executeUpdate();
    } catch (SQLException e) {
      throw StatementException.of(e, SQL);
    }
  }

  @Override
  public void close() throws SQLException {
    if (statement != null) {
      statement.close();
    }
  }
}
