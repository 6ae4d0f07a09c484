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

  /** A new, empty database server with its data in {@code dataDirectory}. */
  public static ItDatabase fresh(File dataDirectory) {
    return new ItDatabase(EmbeddedDatabase.start(dataDirectory.toPath()));
  }

  /** The JDBC URL and user of the server, for another tool (Flyway, Liquibase) to set the database up with. */
  public String url() {
    return server.settings().url();
  }

  public String user() {
    return server.settings().user();
  }

  /** Column name → type as PostgreSQL prints it ({@code character varying(50)}). */
  public Map<String, String> columnTypes(String table) throws SQLException {
    Map<String, String> columns = new LinkedHashMap<>();
    try (PreparedStatement query = connection.prepareStatement("SELECT a.attname, format_type(a.atttypid, a.atttypmod)"
        + " FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace"
        + " WHERE n.nspname = 'public' AND c.relname = ? AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum")) {
      query.setString(1, table);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          columns.put(rows.getString(1), rows.getString(2));
        }
      }
    }
    return columns;
  }

  /**
   * Everything that makes up the public schema, one sorted line per column and constraint, plus
   * the version table's rows: two databases with equal fingerprints have the same schema.
   */
  public List<String> fingerprint() throws SQLException {
    List<String> lines = new ArrayList<>(strings("SELECT c.relname || '.' || a.attname || ' ' || format_type(a.atttypid, a.atttypmod)"
        + " || CASE WHEN a.attnotnull THEN ' not null' ELSE '' END"
        + " || coalesce(' default ' || pg_get_expr(d.adbin, d.adrelid), '')"
        + " FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace"
        + " LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum"
        + " WHERE n.nspname = 'public' AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped"
        + " AND c.relname <> 'tracetrack_history' ORDER BY 1"));
    lines.addAll(strings("SELECT conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid) FROM pg_constraint"
        + " WHERE connamespace = 'public'::regnamespace AND conrelid::regclass::text <> 'tracetrack_history' ORDER BY 1"));
    lines.addAll(strings("SELECT 'version ' || version_num FROM tracetrack_version ORDER BY 1"));
    return lines;
  }

  /** Runs an SQL script with psql against this database, stopping at the first error; returns psql's exit code. */
  public int psql(File script) throws Exception {
    String url = server.settings().url();
    String port = url.replaceAll(".*:(\\d+)/.*", "$1");
    Process psql = new ProcessBuilder("psql", "-h", "localhost", "-p", port, "-U", "postgres", "-d", "postgres",
        "-v", "ON_ERROR_STOP=1", "-q", "-f", script.getAbsolutePath())
        .inheritIO()
        .start();
    return psql.waitFor();
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
  /** Runs a statement, such as the DBA's own set-up in a prebuild script. */
  public void execute(String sql) throws SQLException {
    try (var statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

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
