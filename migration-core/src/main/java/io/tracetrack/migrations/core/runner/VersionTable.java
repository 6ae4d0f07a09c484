package io.tracetrack.migrations.core.runner;

import io.tracetrack.migrations.core.db.StatementException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The database's record of where it is: {@code tracetrack_version} holds one row per applied head
 * (as Alembic's version table does), {@code tracetrack_history} one row per step ever run.
 */
public final class VersionTable {
  public static final String VERSION = "tracetrack_version";
  public static final String HISTORY = "tracetrack_history";
  /** The history direction of a repair row. */
  public static final String REPAIR = "repair";
  /** The history direction of a stamp row: the version moved, no migration ran. */
  public static final String STAMP = "stamp";

  /** PostgreSQL's SQLSTATE for a table that does not exist. */
  private static final String UNDEFINED_TABLE = "42P01";

  private VersionTable() {}

  private static final String CREATE_VERSION = "CREATE TABLE IF NOT EXISTS " + VERSION + " (\n"
      + "    version_num varchar(64) NOT NULL,\n"
      + "    CONSTRAINT " + VERSION + "_pkc PRIMARY KEY (version_num)\n)";
  private static final String CREATE_HISTORY = "CREATE TABLE IF NOT EXISTS " + HISTORY + " (\n"
      + "    id bigserial PRIMARY KEY,\n"
      + "    revision varchar(64) NOT NULL,\n"
      + "    direction varchar(10) NOT NULL,\n"
      + "    message text NOT NULL,\n"
      + "    checksum varchar(64),\n"
      + "    applied_by text NOT NULL DEFAULT current_user,\n"
      + "    applied_at timestamptz NOT NULL DEFAULT now(),\n"
      + "    duration_ms bigint\n)";
  /** Added after the first release: history tables created before it gain the column. */
  private static final String ADD_APPLIED_FROM = "ALTER TABLE " + HISTORY + " ADD COLUMN IF NOT EXISTS applied_from text";

  /** The SQL that creates both tables when they are missing, for scripts (each statement safe to run again). */
  public static List<String> createStatements() {
    return List.of(CREATE_VERSION, CREATE_HISTORY, ADD_APPLIED_FROM);
  }

  /**
   * Creates what is missing of the two tables, and only that: {@code CREATE TABLE IF NOT EXISTS}
   * needs the CREATE privilege on the schema even when the table is there, which a role that may
   * only use the tables lacks.
   */
  public static void create(Connection connection) throws SQLException {
    List<String> missing = new ArrayList<>();
    if (!exists(connection, VERSION)) {
      missing.add(CREATE_VERSION);
    }
    if (!exists(connection, HISTORY)) {
      missing.add(CREATE_HISTORY);
      missing.add(ADD_APPLIED_FROM);
    } else if (!hasColumn(connection, "applied_from")) {
      missing.add(ADD_APPLIED_FROM);
    }
    if (missing.isEmpty()) {
      return;
    }
    // In one transaction: a run killed half-way must not leave one table without the other.
    boolean autoCommit = connection.getAutoCommit();
    connection.setAutoCommit(false);
    try (Statement statement = connection.createStatement()) {
      for (String sql : missing) {
        execute(statement, sql);
      }
      if (autoCommit) {
        connection.commit();
      }
    } catch (SQLException e) {
      if (autoCommit) {
        connection.rollback();
      }
      throw e;
    } finally {
      connection.setAutoCommit(autoCommit);
    }
  }

  public static boolean exists(Connection connection) throws SQLException {
    return exists(connection, VERSION);
  }

  private static boolean exists(Connection connection, String table) throws SQLException {
    String sql = "SELECT to_regclass(?) IS NOT NULL";
    try (PreparedStatement query = connection.prepareStatement(sql)) {
      query.setString(1, table);
      try (ResultSet rows = query.executeQuery()) {
        rows.next();
        return rows.getBoolean(1);
      }
    } catch (SQLException e) {
      throw StatementException.of(e, sql);
    }
  }

  private static void execute(Statement statement, String sql) throws SQLException {
    try {
      statement.execute(sql);
    } catch (SQLException e) {
      throw StatementException.of(e, sql);
    }
  }

  /** The applied heads; empty for a new database. */
  public static Set<String> heads(Connection connection) throws SQLException {
    Set<String> heads = new TreeSet<>();
    if (!exists(connection)) {
      return heads;
    }
    String sql = "SELECT version_num FROM " + VERSION;
    try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
      while (rows.next()) {
        heads.add(rows.getString(1));
      }
    } catch (SQLException e) {
      throw StatementException.of(e, sql);
    }
    return heads;
  }

  /** The SQL that replaces the recorded heads, for scripts and for {@link #setHeads}. */
  public static List<String> setHeadsStatements(Set<String> heads) {
    List<String> sql = new ArrayList<>();
    sql.add("DELETE FROM " + VERSION);
    for (String head : heads) {
      sql.add("INSERT INTO " + VERSION + " (version_num) VALUES ('" + head.replace("'", "''") + "')");
    }
    return sql;
  }

  public static void setHeads(Connection connection, Set<String> heads) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      for (String sql : setHeadsStatements(heads)) {
        execute(statement, sql);
      }
    }
  }

  /** Records a stamp: the version was set to {@code revision} ({@code base} for none) and nothing ran. */
  public static void recordStamp(Connection connection, String revision, String message) throws SQLException {
    record(connection, revision, STAMP, message, null, null);
  }

  /** Records that the current checksum of an applied, changed revision was accepted (repair). */
  public static void recordRepair(Connection connection, String revision, String message, String checksum)
      throws SQLException {
    record(connection, revision, REPAIR, message, checksum, null);
  }

  private static void record(Connection connection, String revision, String direction, String message,
      String checksum, Long durationMillis) throws SQLException {
    String sql = "INSERT INTO " + HISTORY
        + " (revision, direction, message, checksum, duration_ms, applied_from) VALUES (?, ?, ?, ?, ?, ?)";
    try (PreparedStatement insert = connection.prepareStatement(sql)) {
      insert.setString(1, revision);
      insert.setString(2, direction);
      insert.setString(3, message);
      insert.setString(4, checksum);
      if (durationMillis == null) {
        insert.setNull(5, java.sql.Types.BIGINT);
      } else {
        insert.setLong(5, durationMillis);
      }
      insert.setString(6, appliedFrom());
      insert.executeUpdate();
    } catch (SQLException e) {
      throw StatementException.of(e, sql);
    }
  }

  /**
   * Moves a history row's checksum to the current form, once the earlier form was found to match:
   * the same migration, recorded the way this version records it.
   */
  public static void replaceChecksum(Connection connection, long historyRowId, String checksum) throws SQLException {
    try (PreparedStatement update = connection.prepareStatement("UPDATE " + HISTORY + " SET checksum = ? WHERE id = ?")) {
      update.setString(1, checksum);
      update.setLong(2, historyRowId);
      update.executeUpdate();
    }
  }

  /** The latest history row of a revision that carries a checksum: what the database last accepted. */
  public record Recorded(long id, String revision, String direction, String checksum, String appliedBy,
      String appliedFrom, java.time.OffsetDateTime appliedAt) {

    /** {@code "by app_user (ci@build-7) at 2026-01-01T10:00Z"}. */
    public String describe() {
      return "by " + appliedBy + (appliedFrom == null ? "" : " (" + appliedFrom + ")") + " at " + appliedAt;
    }
  }

  /** A revision's latest history row, with just what comparing its checksum needs. */
  public record Checksum(long id, String direction, String checksum) {}

  /**
   * Each revision's latest history row, when that row is an upgrade or repair with a checksum: the
   * checksum the database last accepted. A downgrade or a stamp (which runs nothing) leaves none.
   * Sorted bytewise, which is quicker than by the database's collation, and the order the digest
   * aggregates in.
   */
  private static final String ACCEPTED = "SELECT revision, direction, checksum, id FROM (SELECT DISTINCT ON (revision COLLATE \"C\")"
      + " revision, direction, checksum, id FROM " + HISTORY + " ORDER BY revision COLLATE \"C\", id DESC) latest"
      + " WHERE checksum IS NOT NULL AND direction IN ('upgrade', '" + REPAIR + "')";

  /** Where the database is: its heads, and the digest of its accepted checksums (null without a history). */
  public record Position(Set<String> heads, String acceptedDigest) {}

  /**
   * Reads where the database is in one round trip on every run but the first: the accepted
   * checksums come as one {@link ChecksumDigest} computed by the server, not a row per revision. A
   * missing table is told by the error, which costs a new database one round trip more; so the
   * connection must be in autocommit, where the error leaves no failed transaction behind.
   */
  public static Position position(Connection connection) throws SQLException {
    String sql = "SELECT ARRAY(SELECT version_num FROM " + VERSION + "), (SELECT "
        + ChecksumDigest.sql("revision", "checksum") + " FROM (" + ACCEPTED + ") accepted)";
    try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
      rows.next();
      return new Position(new TreeSet<>(Arrays.asList((String[]) rows.getArray(1).getArray())), rows.getString(2));
    } catch (SQLException e) {
      if (!UNDEFINED_TABLE.equals(e.getSQLState())) {
        throw StatementException.of(e, sql);
      }
    }
    return new Position(heads(connection), null);
  }

  /**
   * For each revision, its accepted checksum, when it has one (see {@link #ACCEPTED}). Reads four
   * columns of one row per revision: who applied a row, and when, is read by {@link #recorded} for
   * the few rows a message names.
   */
  public static java.util.Map<String, Checksum> recordedChecksums(Connection connection) throws SQLException {
    java.util.Map<String, Checksum> recorded = new java.util.HashMap<>();
    if (!exists(connection, HISTORY)) {
      return recorded;
    }
    try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(ACCEPTED)) {
      while (rows.next()) {
        recorded.put(rows.getString(1), new Checksum(rows.getLong(4), rows.getString(2), rows.getString(3)));
      }
    } catch (SQLException e) {
      throw StatementException.of(e, ACCEPTED);
    }
    return recorded;
  }

  /** The history rows with these ids, in full (who applied them, from where, when), by id. */
  public static java.util.Map<Long, Recorded> recorded(Connection connection, java.util.Collection<Long> ids)
      throws SQLException {
    java.util.Map<Long, Recorded> recorded = new java.util.HashMap<>();
    if (ids.isEmpty()) {
      return recorded;
    }
    String sql = "SELECT id, revision, direction, checksum, applied_by, "
        + (hasColumn(connection, "applied_from") ? "applied_from" : "NULL") + ", applied_at FROM " + HISTORY
        + " WHERE id = ANY (?)";
    try (PreparedStatement query = connection.prepareStatement(sql)) {
      query.setArray(1, connection.createArrayOf("bigint", ids.toArray()));
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          recorded.put(rows.getLong(1), new Recorded(rows.getLong(1), rows.getString(2), rows.getString(3),
              rows.getString(4), rows.getString(5), rows.getString(6),
              rows.getObject(7, java.time.OffsetDateTime.class)));
        }
      }
    } catch (SQLException e) {
      throw StatementException.of(e, sql);
    }
    return recorded;
  }

  private static boolean hasColumn(Connection connection, String column) throws SQLException {
    String sql = "SELECT 1 FROM pg_attribute WHERE attrelid = to_regclass(?) AND attname = ? AND NOT attisdropped";
    try (PreparedStatement query = connection.prepareStatement(sql)) {
      query.setString(1, HISTORY);
      query.setString(2, column);
      try (ResultSet rows = query.executeQuery()) {
        return rows.next();
      }
    } catch (SQLException e) {
      throw StatementException.of(e, sql);
    }
  }

  /** Who runs this process, on which machine: {@code ci@build-7}. */
  static String appliedFrom() {
    String host = System.getenv("HOSTNAME");
    if (host == null || host.isBlank()) {
      host = System.getenv("COMPUTERNAME");
    }
    if (host == null || host.isBlank()) {
      try {
        host = java.net.InetAddress.getLocalHost().getHostName();
      } catch (java.io.IOException | RuntimeException e) {
        host = "unknown-host";
      }
    }
    return System.getProperty("user.name", "unknown") + "@" + host;
  }
}
