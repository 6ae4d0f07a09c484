package io.tracetrack.migrations.imports.flyway;

import io.tracetrack.migrations.core.db.DatabaseSettings;
import io.tracetrack.migrations.core.introspect.CatalogReader;
import io.tracetrack.migrations.core.runner.VersionTable;
import io.tracetrack.migrations.core.schema.Schema;
import io.tracetrack.migrations.core.sql.PostgresSql;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * One scratch database on an open connection: runs statements, reads its schema with the engine's
 * {@link CatalogReader}, and fingerprints its rows, so that two of them can be compared.
 */
final class LiveDatabase implements AutoCloseable {
  private static final Set<String> BOOKKEEPING = Set.of(VersionTable.VERSION, VersionTable.HISTORY);

  private final Connection connection;

  private LiveDatabase(Connection connection) {
    this.connection = connection;
  }

  static LiveDatabase open(DatabaseSettings settings) {
    return new LiveDatabase(settings.connect());
  }

  void execute(String sql) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  Schema schema() throws SQLException {
    return CatalogReader.read(connection, BOOKKEEPING);
  }

  /**
   * Each table's rows as one hash, in a fixed order: a typed form that built the same schema but
   * lost or moved data (a rename read as a drop and an add) hashes differently.
   */
  Map<String, String> rows(Schema schema) throws SQLException {
    Map<String, String> hashes = new TreeMap<>();
    for (String table : schema.tables().keySet()) {
      try (Statement statement = connection.createStatement();
          ResultSet result = statement.executeQuery("SELECT md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), ''))"
              + " FROM " + PostgresSql.table(table) + " t")) {
        result.next();
        hashes.put(table, result.getString(1));
      }
    }
    return hashes;
  }

  /**
   * Runs the statements in one transaction and keeps them only when they leave {@code schema} and
   * {@code rows}; otherwise rolls them back and returns false.
   */
  boolean runIfItGives(Iterable<String> statements, Schema schema, Map<String, String> rows) throws SQLException {
    connection.setAutoCommit(false);
    try {
      for (String sql : statements) {
        execute(sql);
      }
      if (schema().equals(schema) && rows(schema).equals(rows)) {
        connection.commit();
        return true;
      }
      connection.rollback();
      return false;
    } catch (SQLException e) {
      connection.rollback();
      return false;
    } finally {
      connection.setAutoCommit(true);
    }
  }

  @Override
  public void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      // The database is dropped next, with its connections.
    }
  }
}
