package io.tracetrack.migrations.core.db;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How to reach a PostgreSQL database: a JDBC URL, a user and a password, and the session's
 * statement and lock-wait timeouts. {@link #toString()} and {@link #describe()} never show the
 * password.
 */
public final class DatabaseSettings {
  private static final Pattern PASSWORD_PARAMETER = Pattern.compile("(?i)(password=)[^&]*");
  private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(ms|s|min|m|h)?");

  private final String url;
  private final String user;
  private final String password;
  private final Duration statementTimeout;
  private final Duration lockWaitTimeout;

  public DatabaseSettings(String url, String user, String password) {
    this(url, user, password, null, null);
  }

  private DatabaseSettings(String url, String user, String password, Duration statementTimeout,
      Duration lockWaitTimeout) {
    this.url = Objects.requireNonNull(url, "url == null");
    if (!url.startsWith("jdbc:postgresql:")) {
      throw new DatabaseException("Database URL " + redact(url) + " is not a PostgreSQL JDBC URL"
          + " (jdbc:postgresql://host:port/database)");
    }
    this.user = user;
    this.password = password;
    this.statementTimeout = statementTimeout;
    this.lockWaitTimeout = lockWaitTimeout;
  }

  /**
   * These settings with PostgreSQL's {@code statement_timeout} and {@code lock_timeout} set on
   * every connection they open; null leaves the server's own setting, zero means no limit.
   */
  public DatabaseSettings withTimeouts(Duration statementTimeout, Duration lockWaitTimeout) {
    return new DatabaseSettings(url, user, password, statementTimeout, lockWaitTimeout);
  }

  /** {@code statement_timeout} for this session ({@code tracetrack.statementTimeout}), or null. */
  public Duration statementTimeout() {
    return statementTimeout;
  }

  /** {@code lock_timeout} for this session ({@code tracetrack.lockWaitTimeout}), or null. */
  public Duration lockWaitTimeout() {
    return lockWaitTimeout;
  }

  /**
   * Reads a timeout setting: a number of seconds ({@code 30}), or a number with a unit ({@code
   * 500ms}, {@code 30s}, {@code 5min}, {@code 1h}); null for none given, {@code 0} for no limit.
   *
   * @param setting the setting's name, for the error message
   */
  public static Duration parseTimeout(String setting, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    Matcher m = DURATION.matcher(value.trim().toLowerCase(Locale.ROOT));
    if (!m.matches() || m.group(1).length() > 12) {
      throw new DatabaseException(setting + " = \"" + value + "\" is not a duration: write seconds (30) or a number"
          + " with a unit (500ms, 30s, 5min, 1h)");
    }
    long amount = Long.parseLong(m.group(1));
    String unit = m.group(2) == null ? "s" : m.group(2);
    return switch (unit) {
      case "ms" -> Duration.ofMillis(amount);
      case "min", "m" -> Duration.ofMinutes(amount);
      case "h" -> Duration.ofHours(amount);
      default -> Duration.ofSeconds(amount);
    };
  }

  /** A duration as messages show it: {@code 30 s}, {@code 500 ms}. */
  public static String show(Duration duration) {
    return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
  }

  /**
   * Reads a {@code DATABASE_URL} of the form {@code postgresql://user:password@host:port/database}
   * (also {@code postgres://}), as Heroku-style deployments set it.
   */
  public static DatabaseSettings fromDatabaseUrl(String databaseUrl) {
    URI uri;
    try {
      uri = new URI(databaseUrl.trim());
    } catch (URISyntaxException e) {
      throw new DatabaseException("DATABASE_URL is not a valid URL (expected postgresql://user:password@host:port/database)");
    }
    String scheme = uri.getScheme();
    if (!"postgresql".equals(scheme) && !"postgres".equals(scheme) || uri.getHost() == null) {
      throw new DatabaseException("DATABASE_URL must look like postgresql://user:password@host:port/database, not "
          + redact(databaseUrl));
    }
    String user = null;
    String password = null;
    if (uri.getRawUserInfo() != null) {
      String[] parts = uri.getRawUserInfo().split(":", 2);
      user = decode(parts[0]);
      password = parts.length > 1 ? decode(parts[1]) : null;
    }
    String port = uri.getPort() > 0 ? ":" + uri.getPort() : "";
    String path = uri.getRawPath() == null ? "/" : uri.getRawPath();
    String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
    return new DatabaseSettings("jdbc:postgresql://" + uri.getHost() + port + path + query, user, password);
  }

  public String url() {
    return url;
  }

  public String user() {
    return user;
  }

  String password() {
    return password;
  }

  /** The URL and user, for logs: {@code jdbc:postgresql://db:5432/app as app_user}. */
  public String describe() {
    return redact(url) + (user == null ? "" : " as " + user);
  }

  /** Opens a connection; failures become a {@link DatabaseException} that names host and database. */
  public Connection connect() {
    Properties properties = new Properties();
    if (user != null) {
      properties.setProperty("user", user);
    }
    if (password != null) {
      properties.setProperty("password", password);
    }
    properties.setProperty("ApplicationName", "tracetrack-migrations");
    properties.setProperty("connectTimeout", "10");
    StringBuilder options = new StringBuilder();
    if (statementTimeout != null) {
      options.append("-c statement_timeout=").append(statementTimeout.toMillis());
    }
    if (lockWaitTimeout != null) {
      options.append(options.length() == 0 ? "" : " ").append("-c lock_timeout=").append(lockWaitTimeout.toMillis());
    }
    if (options.length() > 0) {
      properties.setProperty("options", options.toString());
    }
    try {
      return DriverManager.getConnection(url, properties);
    } catch (SQLException e) {
      throw new DatabaseException(explain(e), scrub(e));
    }
  }

  private String explain(SQLException e) {
    String state = e.getSQLState() == null ? "" : e.getSQLState();
    String where = redact(url);
    return switch (state) {
      case "28P01", "28000" -> "Authentication failed for user " + user + " at " + where
          + ": check tracetrack.user and tracetrack.password (or DATABASE_URL)";
      case "3D000" -> "Database does not exist: " + where;
      case "08001", "08004", "08006" -> "Cannot reach the database at " + where + ": " + safeMessage(e);
      default -> "Cannot connect to " + where + ": " + safeMessage(e);
    };
  }

  private String safeMessage(SQLException e) {
    String message = String.valueOf(e.getMessage());
    return password == null || password.isEmpty() ? message : message.replace(password, "******");
  }

  /** The driver's exception without anything that could echo the password. */
  private SQLException scrub(SQLException e) {
    SQLException clean = new SQLException(safeMessage(e), e.getSQLState(), e.getErrorCode());
    clean.setStackTrace(e.getStackTrace());
    return clean;
  }

  static String redact(String url) {
    String noParameter = PASSWORD_PARAMETER.matcher(url).replaceAll("$1******");
    return noParameter.replaceAll("//([^/@:]+):[^/@]*@", "//$1:******@");
  }

  private static String decode(String part) {
    return URLDecoder.decode(part, StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    return describe();
  }
}
