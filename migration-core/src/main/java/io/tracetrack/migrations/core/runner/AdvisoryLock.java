package io.tracetrack.migrations.core.runner;

import io.tracetrack.migrations.core.MigrationException;
import io.tracetrack.migrations.core.db.StatementException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * A session-level PostgreSQL advisory lock on a connection of its own, so that only one run
 * migrates a database at a time. Taken by polling {@code pg_try_advisory_lock} up to a timeout;
 * the server frees it when the session ends, so a killed process leaves no lock behind. Advisory
 * locks belong to one database, so runs on other databases of the same server never wait.
 */
public final class AdvisoryLock implements AutoCloseable {
  /** The lock's key: the first eight bytes of "tracetrk" as a bigint. */
  public static final long KEY = 0x7472616365747266L;

  private final Connection connection;

  private AdvisoryLock(Connection connection) {
    this.connection = connection;
  }

  public static AdvisoryLock acquire(Connection connection, Duration timeout, Runnable onWait) {
    return acquire(connection, timeout, holder -> onWait.run());
  }

  /**
   * Takes the lock, waiting up to {@code timeout}.
   *
   * @param onWait told once, with a description of the session holding the lock, when the lock
   *     is busy
   */
  public static AdvisoryLock acquire(Connection connection, Duration timeout, Consumer<String> onWait) {
    long deadline = System.nanoTime() + timeout.toNanos();
    boolean announced = false;
    try {
      while (true) {
        if (tryLock(connection)) {
          return new AdvisoryLock(connection);
        }
        if (!announced) {
          onWait.accept(holder(connection));
          announced = true;
        }
        if (System.nanoTime() > deadline) {
          throw new LockTimeoutException(holder(connection), timeout);
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
    String sql = "SELECT pg_try_advisory_lock(?)";
    try (PreparedStatement query = connection.prepareStatement(sql)) {
      query.setLong(1, KEY);
      try (ResultSet rows = query.executeQuery()) {
        rows.next();
        return rows.getBoolean(1);
      }
    } catch (SQLException e) {
      throw StatementException.of(e, sql);
    }
  }

  /** Who holds the lock: {@code "held by app_user from 10.0.0.5, pid 4242, since 2026-..."}, as far as we may see. */
  static String holder(Connection connection) throws SQLException {
    try (PreparedStatement query = connection.prepareStatement("SELECT a.usename, a.client_addr::text,"
        + " a.application_name, a.pid, date_trunc('second', a.backend_start)::text FROM pg_locks l"
        + " JOIN pg_stat_activity a ON a.pid = l.pid"
        + " WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1"
        + " AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())"
        + " AND ((l.classid::bigint << 32) | l.objid::bigint) = ?")) {
      query.setLong(1, KEY);
      try (ResultSet rows = query.executeQuery()) {
        if (!rows.next()) {
          return "its holder has just let go";
        }
        return "held by " + rows.getString(1) + (rows.getString(2) == null ? "" : " from " + rows.getString(2))
            + ", pid " + rows.getInt(4) + ", " + rows.getString(3) + ", connected since " + rows.getString(5);
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
