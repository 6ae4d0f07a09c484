package io.tracetrack.migrations.core.runner;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
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

  private VersionTable() {}

  /** The SQL that creates both tables when they are missing. */
  public static List<String> createStatements() {
    return List.of(
        "CREATE TABLE IF NOT EXISTS " + VERSION + " (\n"
            + "    version_num varchar(64) NOT NULL,\n"
            + "    CONSTRAINT " + VERSION + "_pkc PRIMARY KEY (version_num)\n)",
        "CREATE TABLE IF NOT EXISTS " + HISTORY + " (\n"
            + "    id bigserial PRIMARY KEY,\n"
            + "    revision varchar(64) NOT NULL,\n"
            + "    direction varchar(10) NOT NULL,\n"
            + "    message text NOT NULL,\n"
            + "    checksum varchar(64),\n"
            + "    applied_by text NOT NULL DEFAULT current_user,\n"
            + "    applied_at timestamptz NOT NULL DEFAULT now(),\n"
            + "    duration_ms bigint\n)");
  }

  public static void create(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      for (String sql : createStatements()) {
        statement.execute(sql);
      }
    }
  }

  public static boolean exists(Connection connection) throws SQLException {
    try (PreparedStatement query = connection.prepareStatement("SELECT to_regclass(?) IS NOT NULL")) {
      query.setString(1, VERSION);
      try (ResultSet rows = query.executeQuery()) {
        rows.next();
        return rows.getBoolean(1);
      }
    }
  }

  /** The applied heads; empty for a new database. */
  public static Set<String> heads(Connection connection) throws SQLException {
    Set<String> heads = new TreeSet<>();
    if (!exists(connection)) {
      return heads;
    }
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT version_num FROM " + VERSION)) {
      while (rows.next()) {
        heads.add(rows.getString(1));
      }
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
        statement.execute(sql);
      }
    }
  }

  public static void recordStep(Connection connection, String revision, boolean upgrade, String message,
      String checksum, long durationMillis) throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + HISTORY
        + " (revision, direction, message, checksum, duration_ms) VALUES (?, ?, ?, ?, ?)")) {
      insert.setString(1, revision);
      insert.setString(2, upgrade ? "upgrade" : "downgrade");
      insert.setString(3, message);
      insert.setString(4, checksum);
      insert.setLong(5, durationMillis);
      insert.executeUpdate();
    }
  }
}
