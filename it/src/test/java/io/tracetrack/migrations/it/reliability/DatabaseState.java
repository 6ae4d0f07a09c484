package io.tracetrack.migrations.it.reliability;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Reads a database back with plain SQL, independently of the engine under test. */
final class DatabaseState {

  private DatabaseState() {}

  /** Everything a run could change: tables, columns, constraints, indexes, versions, history, row counts. */
  static String fingerprint(String url) throws SQLException {
    StringBuilder text = new StringBuilder();
    text.append(strings(url, "SELECT table_name || '.' || column_name || ' ' || data_type || ' ' || is_nullable"
        + " || ' ' || coalesce(column_default, '-') FROM information_schema.columns WHERE table_schema = 'public'"
        + " ORDER BY 1"));
    text.append(strings(url, "SELECT conname || ' ' || contype::text FROM pg_constraint c JOIN pg_namespace n"
        + " ON n.oid = c.connamespace WHERE n.nspname = 'public' ORDER BY 1"));
    text.append(strings(url, "SELECT indexname FROM pg_indexes WHERE schemaname = 'public' ORDER BY 1"));
    text.append(strings(url, "SELECT nspname FROM pg_namespace ORDER BY 1"));
    if (tableExists(url, "tracetrack_version")) {
      text.append(strings(url, "SELECT version_num FROM tracetrack_version ORDER BY 1"));
      text.append(strings(url, "SELECT id || ' ' || revision || ' ' || direction || ' ' || coalesce(checksum, '-')"
          + " FROM tracetrack_history ORDER BY id"));
    }
    for (String table : strings(url, "SELECT quote_ident(table_name) FROM information_schema.tables"
        + " WHERE table_schema = 'public' ORDER BY 1")) {
      text.append(table).append(strings(url, "SELECT count(*) FROM " + table));
    }
    return text.toString();
  }

  static boolean tableExists(String url, String table) throws SQLException {
    return !strings(url, "SELECT 1 FROM information_schema.tables WHERE table_schema = 'public' AND table_name = '"
        + table.replace("'", "''") + "'").isEmpty();
  }

  static List<String> versions(String url) throws SQLException {
    return tableExists(url, "tracetrack_version")
        ? strings(url, "SELECT version_num FROM tracetrack_version ORDER BY 1") : List.of();
  }

  static List<String> strings(String url, String sql) throws SQLException {
    List<String> values = new ArrayList<>();
    try (Connection connection = SuiteServer.connect(url);
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      while (rows.next()) {
        values.add(rows.getString(1));
      }
    }
    return values;
  }

  static void execute(String url, String sql) throws SQLException {
    try (Connection connection = SuiteServer.connect(url); Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }
}
