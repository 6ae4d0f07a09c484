package io.tracetrack.migrations.core.db;

import io.tracetrack.migrations.core.Setting;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * How to reach a PostgreSQL database: a JDBC URL, a user and a password (or an application's
 * {@link DataSource}), and the session's statement and lock-wait timeouts. {@link #toString()} and {@link #describe()} never show the
 * password.
 */
public final class DatabaseSettings {
  private static final Pattern PASSWORD_PARAMETER = Pattern.compile("(?i)(password=)[^&]*");
  private static final Pattern DATABASE_URL_SCHEME = Pattern.compile("(?i)postgres(ql)?://");
  private static final Pattern HOST_PORT = Pattern.compile("(\\[[0-9A-Fa-f:.]+]|[^\\s/:@\\[\\]]+)(:\\d{1,5})?");
  private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(ms|s|min|m|h)?");

  private final String url;
  private final String user;
  private final String password;
  private final Duration statementTimeout;
  private final Duration lockWaitTimeout;
  private final DataSource dataSource;
  private final String dataSourceDescription;

  public DatabaseSettings(String url, String user, String password) {
    this(url, user, password, null, null);
  }

  private DatabaseSettings(DataSource dataSource, String description, Duration statementTimeout,
      Duration lockWaitTimeout) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource == null");
    this.dataSourceDescription = Objects.requireNonNull(description, "description == null");
    this.url = null;
    this.user = null;
    this.password = null;
    this.statementTimeout = statementTimeout;
    this.lockWaitTimeout = lockWaitTimeout;
  }

  /**
   * Settings that take their connections from an application's pool or driver. A run opens two at
   * once (the advisory lock keeps one of its own), so a pool needs room for two.
   *
   * @param description how messages name the database; never a password
   */
  public static DatabaseSettings of(DataSource dataSource, String description) {
    return new DatabaseSettings(dataSource, description, null, null);
  }

  private DatabaseSettings(String url, String user, String password, Duration statementTimeout,
      Duration lockWaitTimeout) {
    this.dataSource = null;
    this.dataSourceDescription = null;
    this.url = Objects.requireNonNull(url, "url == null");
    if (!url.startsWith("jdbc:postgresql:")) {
      throw new DatabaseException("Database URL " + redact(url) + " is not a PostgreSQL JDBC URL"
          + " (jdbc:postgresql://host:port/database)");
    }
    this.user = user != null ? user : queryParameter(url, "user");
    this.password = password != null ? password : queryParameter(url, "password");
    this.statementTimeout = statementTimeout;
    this.lockWaitTimeout = lockWaitTimeout;
  }

  /**
   * These settings with PostgreSQL's {@code statement_timeout} and {@code lock_timeout} set on
   * every connection they open; null leaves the server's own setting, zero means no limit.
   */
  public DatabaseSettings withTimeouts(Duration statementTimeout, Duration lockWaitTimeout) {
    return dataSource != null ? new DatabaseSettings(dataSource, dataSourceDescription, statementTimeout, lockWaitTimeout)
        : new DatabaseSettings(url, user, password, statementTimeout, lockWaitTimeout);
  }

  /**
   * The same server, user and options with another database in the URL (a scratch database the
   * engine creates and drops); settings over a {@link DataSource} cannot be moved and fail.
   */
  public DatabaseSettings withDatabase(String database) {
    if (dataSource != null) {
      throw new DatabaseException("Cannot open another database beside " + dataSourceDescription
          + ": its connections come from a DataSource; give a JDBC URL instead");
    }
    Matcher parts = Pattern.compile("(jdbc:postgresql:(?://[^/?]*/)?)([^?]*)(.*)", Pattern.DOTALL).matcher(url);
    if (!parts.matches()) {
      throw new DatabaseException("Cannot name another database in " + redact(url));
    }
    return new DatabaseSettings(parts.group(1) + database + parts.group(3), user, password, statementTimeout,
        lockWaitTimeout);
  }

  /** {@code statement_timeout} for this session, or null. */
  public Duration statementTimeout() {
    return statementTimeout;
  }

  /** {@code lock_timeout} for this session, or null. */
  public Duration lockWaitTimeout() {
    return lockWaitTimeout;
  }

  /**
   * Reads a timeout setting: a number of seconds ({@code 30}), or a number with a unit ({@code
   * 500ms}, {@code 30s}, {@code 5min}, {@code 1h}); null for none given, {@code 0} for no limit.
   *
   * @param setting which setting it is, for the error
   */
  public static Duration parseTimeout(Setting setting, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    Matcher m = DURATION.matcher(value.trim().toLowerCase(Locale.ROOT));
    if (!m.matches() || m.group(1).length() > 12) {
      throw new InvalidSettingException(setting, " = \"" + value + "\" is not a duration: write seconds (30) or a"
          + " number with a unit (500ms, 30s, 5min, 1h)");
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

  /**
   * Reads the lock timeout: seconds to wait for another migration run's lock, {@code 0}
   * to give up at once; a negative number is an error naming the setting.
   */
  public static Duration lockTimeout(long seconds) {
    if (seconds < 0) {
      throw new InvalidSettingException(Setting.LOCK_TIMEOUT, " = " + seconds + " is negative: give the seconds to"
          + " wait for another migration run on the same database (0 gives up at once; default 60)");
    }
    return Duration.ofSeconds(seconds);
  }

  /** A duration as messages show it: {@code 30 s}, {@code 500 ms}. */
  public static String show(Duration duration) {
    return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
  }

  /**
   * Reads a {@code DATABASE_URL} of the form {@code postgresql://user:password@host:port/database}
   * (also {@code postgres://}), as Heroku-style deployments set it. The user and password are
   * percent-decoded; a password may also hold a raw {@code @}: the last {@code @} before the
   * query separates them from the host.
   */
  public static DatabaseSettings fromDatabaseUrl(String databaseUrl) {
    String text = databaseUrl.trim();
    Matcher scheme = DATABASE_URL_SCHEME.matcher(text);
    if (!scheme.lookingAt()) {
      throw new DatabaseException("DATABASE_URL must look like postgresql://user:password@host:port/database, not "
          + redact(text));
    }
    String rest = text.substring(scheme.end());
    int queryStart = rest.indexOf('?');
    String beforeQuery = queryStart < 0 ? rest : rest.substring(0, queryStart);
    String query = queryStart < 0 ? "" : rest.substring(queryStart);
    int at = beforeQuery.lastIndexOf('@');
    String userInfo = at < 0 ? null : beforeQuery.substring(0, at);
    String hostAndPath = beforeQuery.substring(at + 1);
    int slash = hostAndPath.indexOf('/');
    String hostPort = slash < 0 ? hostAndPath : hostAndPath.substring(0, slash);
    String path = slash < 0 ? "/" : hostAndPath.substring(slash);
    if (!HOST_PORT.matcher(hostPort).matches() || path.chars().anyMatch(Character::isWhitespace)
        || query.chars().anyMatch(Character::isWhitespace)) {
      throw new DatabaseException("DATABASE_URL is not a valid URL (expected"
          + " postgresql://user:password@host:port/database): " + redact(text));
    }
    String user = null;
    String password = null;
    if (userInfo != null) {
      int colon = userInfo.indexOf(':');
      user = percentDecode(colon < 0 ? userInfo : userInfo.substring(0, colon));
      password = colon < 0 ? null : percentDecode(userInfo.substring(colon + 1));
      user = user.isEmpty() ? null : user;
    }
    return new DatabaseSettings("jdbc:postgresql://" + hostPort + path + query, user, password);
  }

  /** The JDBC URL; null for settings over a {@link DataSource}. */
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
    if (dataSource != null) {
      return dataSourceDescription;
    }
    return redact(url) + (user == null ? "" : " as " + user);
  }

  /** Opens a connection; failures become a {@link DatabaseException} that names host and database. */
  public Connection connect() {
    if (dataSource != null) {
      return connectToDataSource();
    }
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
      return DriverManager.getConnection(withoutCredentials(url), properties);
    } catch (SQLException e) {
      String state = e.getSQLState() == null ? "" : e.getSQLState();
      if (state.equals("28P01") || state.equals("28000")) {
        throw new AuthenticationException(explain(e), scrub(e));
      }
      throw new DatabaseException(explain(e), scrub(e));
    }
  }

  /**
   * A connection from the data source, with the timeouts set for its session ({@code SET}, which a
   * pool keeps on the connection until it resets it).
   */
  private Connection connectToDataSource() {
    Connection connection;
    try {
      connection = dataSource.getConnection();
    } catch (SQLException e) {
      throw new DatabaseException("Cannot connect to " + dataSourceDescription + ": " + e.getMessage(), e);
    }
    try (java.sql.Statement statement = connection.createStatement()) {
      if (statementTimeout != null) {
        statement.execute("SET statement_timeout = " + statementTimeout.toMillis());
      }
      if (lockWaitTimeout != null) {
        statement.execute("SET lock_timeout = " + lockWaitTimeout.toMillis());
      }
      return connection;
    } catch (SQLException e) {
      try {
        connection.close();
      } catch (SQLException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw new DatabaseException("Cannot set the session timeouts at " + dataSourceDescription + ": "
          + e.getMessage(), e);
    }
  }

  private String explain(SQLException e) {
    String state = e.getSQLState() == null ? "" : e.getSQLState();
    String where = redact(url);
    return switch (state) {
      case "28P01", "28000" -> "Authentication failed for user " + user + " at " + where;
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

  /**
   * A URL fit for logs: the value of a {@code password=} parameter and the whole user-info before
   * the last {@code @} of the authority (so a raw {@code @} in a password cannot leave part of it
   * showing) are masked; the user name stays when it can be told apart.
   */
  static String redact(String url) {
    String text = PASSWORD_PARAMETER.matcher(url).replaceAll("$1******");
    int authority = text.indexOf("://");
    if (authority < 0) {
      return text;
    }
    authority += 3;
    int queryStart = text.indexOf('?', authority);
    int at = text.lastIndexOf('@', queryStart < 0 ? text.length() - 1 : queryStart);
    if (at < authority) {
      return text;
    }
    String userInfo = text.substring(authority, at);
    int colon = userInfo.indexOf(':');
    String shown = colon < 0 ? userInfo : userInfo.substring(0, colon) + ":******";
    return text.substring(0, authority) + shown + text.substring(at);
  }

  /**
   * The URL without {@code user} and {@code password} parameters: the driver lets those win over
   * the connection's properties, and the properties already carry them (an explicit setting wins).
   */
  private static String withoutCredentials(String url) {
    int queryStart = url.indexOf('?');
    if (queryStart < 0) {
      return url;
    }
    List<String> kept = new ArrayList<>();
    for (String pair : url.substring(queryStart + 1).split("&")) {
      String name = pair.contains("=") ? pair.substring(0, pair.indexOf('=')) : pair;
      if (!name.equalsIgnoreCase("user") && !name.equalsIgnoreCase("password") && !pair.isEmpty()) {
        kept.add(pair);
      }
    }
    return url.substring(0, queryStart) + (kept.isEmpty() ? "" : "?" + String.join("&", kept));
  }

  /** The value of a {@code name=value} parameter in a JDBC URL's query, percent-decoded; null when absent. */
  private static String queryParameter(String url, String name) {
    int queryStart = url.indexOf('?');
    if (queryStart < 0) {
      return null;
    }
    for (String pair : url.substring(queryStart + 1).split("&")) {
      int equals = pair.indexOf('=');
      if (equals > 0 && pair.substring(0, equals).equalsIgnoreCase(name)) {
        return percentDecode(pair.substring(equals + 1));
      }
    }
    return null;
  }

  /**
   * Decodes {@code %XX} escapes as UTF-8; a {@code +} stays a plus and a {@code %} that starts no
   * valid escape stays as written, since passwords hold both.
   */
  static String percentDecode(String text) {
    if (text.indexOf('%') < 0) {
      return text;
    }
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    for (int i = 0; i < text.length(); ) {
      char c = text.charAt(i);
      int high = c == '%' && i + 2 < text.length() ? Character.digit(text.charAt(i + 1), 16) : -1;
      int low = high >= 0 ? Character.digit(text.charAt(i + 2), 16) : -1;
      if (low >= 0) {
        bytes.write(high * 16 + low);
        i += 3;
      } else {
        int codePoint = text.codePointAt(i);
        byte[] encoded = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8);
        bytes.write(encoded, 0, encoded.length);
        i += Character.charCount(codePoint);
      }
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    return describe();
  }
}
