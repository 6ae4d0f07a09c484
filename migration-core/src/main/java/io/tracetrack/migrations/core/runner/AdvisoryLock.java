package io.tracetrack.migrations.core.runner;

import io.tracetrack.migrations.core.MigrationException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;

/**
 * A session-level PostgreSQL advisory lock on a connection of its own, so that only one run
 * migrates a database at a time. Taken by polling {@code pg_try_advisory_lock} up to a timeout;
 * the server frees it when the session ends, so a killed process leaves no lock behind.
 */
public final class AdvisoryLock implements AutoCloseable {
  /** The lock's key: the first eight bytes of "tracetrk" as a bigint. */
  public static final long KEY = 0x7472616365747266L;

  private final Connection connection;

  private AdvisoryLock(Connection connection) {
    this.connection = connection;
  }

  public static AdvisoryLock acquire(Connection connection, Duration timeout, Runnable onWait) {
    long deadline = System.nanoTime() + timeout.toNanos();
    boolean announced = false;
    try {
      while (true) {
        if (tryLock(connection)) {
          return new AdvisoryLock(connection);
        }
        if (!announced) {
          onWait.run();
          announced = true;
        }
        if (System.nanoTime() > deadline) {
          throw new MigrationException("Another migration run holds the lock on this database; gave up after "
              + timeout.toSeconds() + " s (tracetrack.lockTimeout)");
        }
        Thread.sleep(200);
      }
    } catch (SQLException e) {
      throw new MigrationException("Cannot take the migration lock: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new MigrationException("Interrupted while waiting for the migration lock", e);
    }
  }

  private static boolean tryLock(Connection connection) throws SQLException {
    try (PreparedStatement query = connection.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
      query.setLong(1, KEY);
      try (ResultSet rows = query.executeQuery()) {
        rows.next();
        return rows.getBoolean(1);
      }
    }
  }

  @Override
  public void close() throws SQLException {
    try (PreparedStatement unlock = connection.prepareStatement("SELECT pg_advisory_unlock(?)")) {
      unlock.setLong(1, KEY);
      unlock.execute();
    }
  }
}
