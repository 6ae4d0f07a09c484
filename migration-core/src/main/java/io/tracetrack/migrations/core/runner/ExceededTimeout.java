package io.tracetrack.migrations.core.runner;

import io.tracetrack.migrations.core.Setting;
import java.time.Duration;
import java.util.Optional;

/**
 * A statement stopped by one of the session's timeouts: which one ({@link Setting#STATEMENT_TIMEOUT}
 * or {@link Setting#LOCK_WAIT_TIMEOUT}) and its limit, so a front end can name its own key for it.
 *
 * @param setting the timeout that stopped it
 * @param limit its value; null when the server's own setting applied
 */
public record ExceededTimeout(Setting setting, Duration limit) {

  /** The line that explains the error, given the name the caller knows the setting by. */
  public String hint(String settingName) {
    String shown = limit == null ? "" : " (" + io.tracetrack.migrations.core.db.DatabaseSettings.show(limit) + ")";
    return setting == Setting.STATEMENT_TIMEOUT
        ? "\n  Hint: the statement ran longer than " + settingName + shown
        : "\n  Hint: the statement waited longer than " + settingName + shown
            + " for a lock other sessions hold on the table; run again when traffic is lower, or raise it";
  }

  /** The line in plain words, as the engine's own message gives it. */
  public String hint() {
    return hint("the " + setting.words());
  }

  static Optional<ExceededTimeout> of(Throwable error, Duration statementTimeout, Duration lockWaitTimeout) {
    String state = error instanceof java.sql.SQLException e && e.getSQLState() != null ? e.getSQLState() : "";
    if (state.equals("57014") && statementTimeout != null) {
      return Optional.of(new ExceededTimeout(Setting.STATEMENT_TIMEOUT, statementTimeout));
    }
    if (state.equals("55P03")) {
      return Optional.of(new ExceededTimeout(Setting.LOCK_WAIT_TIMEOUT, lockWaitTimeout));
    }
    return Optional.empty();
  }
}
