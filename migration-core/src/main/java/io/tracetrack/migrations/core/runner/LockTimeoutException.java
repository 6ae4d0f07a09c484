package io.tracetrack.migrations.core.runner;

import io.tracetrack.migrations.core.MigrationException;
import io.tracetrack.migrations.core.db.DatabaseSettings;
import java.time.Duration;

/** Another run held the migration lock on the database for longer than this run would wait. */
public class LockTimeoutException extends MigrationException {
  private final String holder;
  private final Duration timeout;

  /**
   * @param holder who holds the lock, as far as this session may see: {@code held by app from ..., pid 42, ...}
   * @param timeout how long this run waited
   */
  public LockTimeoutException(String holder, Duration timeout) {
    super(reason(holder, timeout) + ". Wait for it to finish, or raise the lock timeout");
    this.holder = holder;
    this.timeout = timeout;
  }

  public String holder() {
    return holder;
  }

  public Duration timeout() {
    return timeout;
  }

  /** What happened, without advice. */
  public String reason() {
    return reason(holder, timeout);
  }

  private static String reason(String holder, Duration timeout) {
    return "Another migration run holds the lock on this database (" + holder + "); gave up after "
        + DatabaseSettings.show(timeout);
  }
}
