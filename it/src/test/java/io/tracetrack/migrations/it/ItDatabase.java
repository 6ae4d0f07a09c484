package io.tracetrack.migrations.it;

import io.tracetrack.migrations.core.db.EmbeddedDatabase;
import java.io.File;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Opens the embedded development database an IT project's build left in {@code .tracetrack/pgdata},
 * so a verify script can check with SQL what the goals did.
 */
public final class ItDatabase implements AutoCloseable {
  private final EmbeddedDatabase server;
  private final Connection connection;

  private ItDatabase(EmbeddedDatabase server) {
    this.server = server;
    this.connection = server.settings().connect();
  }

  public static ItDatabase open(File basedir) {
    return new ItDatabase(EmbeddedDatabase.start(new File(basedir, ".tracetrack/pgdata").toPath()));
  }

  /** Column name → data type of a table in schema public; empty when the table does not exist. */
  public Map<String, String> columns(String table) throws SQLException {
    Map<String, String> columns = new LinkedHashMap<>();
    try (PreparedStatement query = connection.prepareStatement("SELECT column_name, data_type FROM information_schema.columns"
        + " WHERE table_schema = 'public' AND table_name = ? ORDER BY ordinal_position")) {
      query.setString(1, table);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          columns.put(rows.getString(1), rows.getString(2));
        }
      }
    }
    return columns;
  }

  public boolean tableExists(String table) throws SQLException {
    return !columns(table).isEmpty();
  }

  /** The revisions in the version table. */
  public List<String> versions() throws SQLException {
    return strings("SELECT version_num FROM tracetrack_version ORDER BY version_num");
  }

  /** The first column of every row a query returns, as text. */
  public List<String> strings(String sql) throws SQLException {
    List<String> values = new ArrayList<>();
    try (PreparedStatement query = connection.prepareStatement(sql); ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        values.add(rows.getString(1));
      }
    }
    return values;
  }

  @Override
  public void close() throws SQLException {
    try {
      connection.close();
    } finally {
      server.close();
    }
  }
}
