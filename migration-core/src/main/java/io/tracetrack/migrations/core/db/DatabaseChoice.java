package io.tracetrack.migrations.core.db;

import java.util.Optional;

/**
 * Which database a command uses, in order: an explicit JDBC URL ({@code tracetrack.url}), then the
 * {@code DATABASE_URL} environment variable; with neither, the caller falls back to the embedded
 * development database.
 */
public final class DatabaseChoice {

  private DatabaseChoice() {}

  public static Optional<DatabaseSettings> configured(String jdbcUrl, String user, String password, String databaseUrl) {
    if (jdbcUrl != null && !jdbcUrl.isBlank()) {
      return Optional.of(new DatabaseSettings(jdbcUrl.trim(), blankToNull(user), password));
    }
    if (databaseUrl != null && !databaseUrl.isBlank()) {
      DatabaseSettings fromEnvironment = DatabaseSettings.fromDatabaseUrl(databaseUrl);
      // An explicit user or password still wins over the one inside DATABASE_URL.
      return Optional.of(new DatabaseSettings(fromEnvironment.url(),
          user != null && !user.isBlank() ? user : fromEnvironment.user(),
          password != null ? password : fromEnvironment.password()));
    }
    return Optional.empty();
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
