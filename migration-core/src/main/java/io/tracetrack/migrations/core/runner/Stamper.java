package io.tracetrack.migrations.core.runner;

import io.tracetrack.migrations.core.MigrationException;
import io.tracetrack.migrations.core.MigrationLog;
import io.tracetrack.migrations.core.db.DatabaseSettings;
import io.tracetrack.migrations.core.db.StatementException;
import io.tracetrack.migrations.core.loader.MigrationSet;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Set;

/**
 * Sets the version table to a target without running any migration ({@code flask db stamp}):
 * for a database whose schema is known to match, such as one set up by hand before migrations.
 */
public final class Stamper {
  private final DatabaseSettings settings;
  private final Duration lockTimeout;
  private final MigrationLog log;

  public Stamper(DatabaseSettings settings, Duration lockTimeout, MigrationLog log) {
    this.settings = settings;
    this.lockTimeout = lockTimeout;
    this.log = log;
  }

  /** Stamps {@code head}, {@code heads}, {@code base} or a revision (id, prefix, {@code REV+N}); returns the new heads. */
  public Set<String> stamp(MigrationSet migrations, String target) {
    Set<String> heads = migrations.graph().resolveTarget(target);
    try (Connection lockConnection = settings.connect();
        AdvisoryLock lock = AdvisoryLock.acquire(lockConnection, lockTimeout,
            () -> log.info("Another migration run holds the lock; waiting up to " + lockTimeout.toSeconds() + " s"));
        Connection connection = settings.connect()) {
      VersionTable.create(connection);
      Set<String> before = VersionTable.heads(connection);
      connection.setAutoCommit(false);
      try {
        VersionTable.setHeads(connection, heads);
        recordStamp(connection, migrations, heads);
        connection.commit();
      } catch (SQLException e) {
        connection.rollback();
        throw e;
      }
      log.info("Stamping " + describe(before) + " -> " + describe(heads) + " (no migration was run)");
      return heads;
    } catch (SQLException e) {
      throw new MigrationException("Cannot stamp the database at " + settings.describe() + ": " + e.getMessage(), e);
    }
  }

  private static void recordStamp(Connection connection, MigrationSet migrations, Set<String> heads) throws SQLException {
    String sql = "INSERT INTO " + VersionTable.HISTORY + " (revision, direction, message) VALUES (?, 'stamp', ?)";
    try (PreparedStatement insert = connection.prepareStatement(sql)) {
      for (String head : heads.isEmpty() ? Set.of("base") : heads) {
        insert.setString(1, head);
        insert.setString(2, head.equals("base") ? "" : migrations.graph().get(head).message());
        insert.executeUpdate();
      }
    } catch (SQLException e) {
      throw StatementException.of(e, sql);
    }
  }

  private static String describe(Set<String> heads) {
    return heads.isEmpty() ? "base" : String.join(", ", heads);
  }
}
