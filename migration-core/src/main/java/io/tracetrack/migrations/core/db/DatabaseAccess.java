package io.tracetrack.migrations.core.db;

import java.util.function.Function;

/** A database chosen by the caller (a configured server, or an embedded one started for the action). */
public interface DatabaseAccess {

  /** Runs an action against the database; a started embedded one is stopped afterwards. */
  <T> T with(Function<DatabaseSettings, T> action);
}
