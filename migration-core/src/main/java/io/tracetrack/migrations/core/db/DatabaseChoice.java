package io.tracetrack.migrations.core.db;

import io.tracetrack.migrations.core.Setting;
import java.util.Optional;

/**
 * Which database a command uses, in order: an explicit JDBC URL, then the
 * {@code DATABASE_URL} environment variable; with neither, the caller falls back to the embedded
 * development database. Each value is null when it is not set at all; a setting that is set but
 * empty (an unset {@code $PRODUCTION_DB} given as the URL, or {@code DATABASE_URL=""}) is an error
 * naming it, never a reason to use the embedded database.
 */
public final class DatabaseChoice {
  /** The environment variable's name, as messages give it. */
  public static final String DATABASE_URL = "DATABASE_URL";

  private DatabaseChoice() {}

  /**
   * The configured database, or empty when nothing is configured.
   *
   * @param jdbcUrl the JDBC URL, null when not set
   * @param user the user, null when not set; wins over the one in the URL
   * @param password the password, null when not set; wins over the one in the URL
   * @param databaseUrl the {@code DATABASE_URL} environment variable, null when not set
   * @throws DatabaseException when a setting is set but empty
   */
  public static Optional<DatabaseSettings> configured(String jdbcUrl, String user, String password, String databaseUrl) {
    notEmpty(jdbcUrl, Setting.URL, " is set but empty: give the JDBC URL (jdbc:postgresql://host:port/database),"
        + " or leave it out altogether to use the embedded development database");
    notEmpty(user, Setting.USER, " is set but empty: give the database user, or leave it out");
    notEmpty(password, Setting.PASSWORD, " is set but empty: give the database password, or leave it out");
    if (jdbcUrl != null) {
      return Optional.of(new DatabaseSettings(jdbcUrl.trim(), user == null ? null : user.trim(), password));
    }
    if (databaseUrl != null) {
      if (databaseUrl.isBlank()) {
        throw new DatabaseException("The environment variable " + DATABASE_URL + " is set but empty: set it to"
            + " postgresql://user:password@host:port/database, or unset it to use the embedded development database");
      }
      DatabaseSettings fromEnvironment = DatabaseSettings.fromDatabaseUrl(databaseUrl);
      // An explicit user or password still wins over the one inside DATABASE_URL.
      return Optional.of(new DatabaseSettings(fromEnvironment.url(),
          user != null ? user.trim() : fromEnvironment.user(),
          password != null ? password : fromEnvironment.password()));
    }
    return Optional.empty();
  }

  private static void notEmpty(String value, Setting setting, String problem) {
    if (value != null && value.isBlank()) {
      throw new InvalidSettingException(setting, problem);
    }
  }
}
