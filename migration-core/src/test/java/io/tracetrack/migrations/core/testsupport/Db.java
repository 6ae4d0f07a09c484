package io.tracetrack.migrations.core.testsupport;

import io.tracetrack.migrations.core.db.DatabaseSettings;
import io.tracetrack.migrations.core.schema.Column;
import io.tracetrack.migrations.core.schema.Schema;
import io.tracetrack.migrations.core.schema.Table;
import io.tracetrack.migrations.core.schema.UniqueConstraint;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Plain JDBC queries for checking what a run did to a database, and reading its schema back. */
public final class Db {

  private Db() {}

  public static List<Map<String, Object>> rows(DatabaseSettings settings, String sql, Object... parameters) {
    try (Connection connection = settings.connect();
        PreparedStatement query = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        query.setObject(i + 1, parameters[i]);
      }
      List<Map<String, Object>> rows = new ArrayList<>();
      try (ResultSet result = query.executeQuery()) {
        ResultSetMetaData meta = result.getMetaData();
        while (result.next()) {
          Map<String, Object> row = new LinkedHashMap<>();
          for (int c = 1; c <= meta.getColumnCount(); c++) {
            Object value = result.getObject(c);
            if (value instanceof Array array) {
              value = List.of((Object[]) array.getArray());
            }
            row.put(meta.getColumnLabel(c), value);
          }
          rows.add(row);
        }
      }
      return rows;
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  /** The first column of each row, as text. */
  public static List<String> strings(DatabaseSettings settings, String sql, Object... parameters) {
    return rows(settings, sql, parameters).stream()
        .map(row -> row.values().iterator().next())
        .map(value -> value == null ? null : value.toString())
        .toList();
  }

  public static void execute(DatabaseSettings settings, String sql) {
    try (Connection connection = settings.connect(); var statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  public static boolean tableExists(DatabaseSettings settings, String table) {
    return !strings(settings,
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name = ?", table).isEmpty();
  }

  /** The version table's heads. */
  public static List<String> versions(DatabaseSettings settings) {
    return strings(settings, "SELECT version_num FROM tracetrack_version ORDER BY version_num");
  }

  /** Reads the public schema back from pg_catalog, leaving out the version tables. */
  public static Schema schema(DatabaseSettings settings) {
    List<Table> tables = new ArrayList<>();
    for (Map<String, Object> t : rows(settings, "SELECT c.oid, c.relname FROM pg_class c"
        + " JOIN pg_namespace n ON n.oid = c.relnamespace"
        + " WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname NOT LIKE 'tracetrack\\_%' ORDER BY c.relname")) {
      long oid = ((Number) t.get("oid")).longValue();
      String name = (String) t.get("relname");
      List<Column> columns = new ArrayList<>();
      for (Map<String, Object> c : rows(settings, "SELECT a.attname, format_type(a.atttypid, a.atttypmod) AS type,"
          + " a.attnotnull, pg_get_expr(d.adbin, d.adrelid) AS dflt FROM pg_attribute a"
          + " LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum"
          + " WHERE a.attrelid = ?::oid AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum", oid)) {
        columns.add(new Column((String) c.get("attname"), (String) c.get("type"), !(Boolean) c.get("attnotnull"),
            (String) c.get("dflt")));
      }
      List<String> primaryKey = List.of();
      List<UniqueConstraint> uniques = new ArrayList<>();
      for (Map<String, Object> k : rows(settings, "SELECT con.conname, con.contype::text AS contype,"
          + " array(SELECT a.attname::text FROM unnest(con.conkey) WITH ORDINALITY AS k(num, pos)"
          + " JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.num ORDER BY k.pos) AS cols"
          + " FROM pg_constraint con WHERE con.conrelid = ?::oid AND con.contype IN ('p', 'u') ORDER BY con.conname", oid)) {
        @SuppressWarnings("unchecked")
        List<String> keyColumns = (List<String>) (List<?>) k.get("cols");
        if ("p".equals(k.get("contype"))) {
          if (!k.get("conname").equals(name + "_pkey")) {
            throw new IllegalStateException("primary key of " + name + " is named " + k.get("conname"));
          }
          primaryKey = keyColumns;
        } else {
          uniques.add(new UniqueConstraint((String) k.get("conname"), keyColumns));
        }
      }
      tables.add(new Table(name, columns, primaryKey, uniques));
    }
    return Schema.of(tables);
  }
}
