package io.tracetrack.migrations.core.testsupport;

import io.tracetrack.migrations.core.db.DatabaseSettings;
import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/**
 * How a test waits for another thread or session: by polling what it can observe (a log line,
 * pg_locks), up to a deadline, never by a fixed pause that hopes the other side got there.
 */
public final class Await {
  private static final long POLL_NANOS = 20_000_000L;

  private Await() {}

  /** Polls {@code condition} until it holds; fails naming {@code what} after {@code timeout}. */
  public static void until(String what, Duration timeout, BooleanSupplier condition) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("gave up after " + timeout.toMillis() + " ms waiting for " + what);
      }
      LockSupport.parkNanos(POLL_NANOS);
      if (Thread.interrupted()) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted while waiting for " + what);
      }
    }
  }

  /**
   * Sessions of the database that hold ({@code granted}) or wait for ({@code !granted}) the
   * session-level advisory lock on a bigint {@code key}, as pg_locks shows them.
   */
  public static int advisoryLockSessions(DatabaseSettings database, long key, boolean granted) {
    return Integer.parseInt(Db.strings(database, "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'"
        + " AND objsubid = 1 AND granted = ? AND database = (SELECT oid FROM pg_database WHERE datname = current_database())"
        + " AND ((classid::bigint << 32) | objid::bigint) = ?", granted, key).get(0));
  }
}
