package io.tracetrack.migrations.imports.flyway;

import io.tracetrack.migrations.core.db.DatabaseSettings;
import io.tracetrack.migrations.core.diff.SchemaDiff;
import io.tracetrack.migrations.core.introspect.CatalogReader;
import io.tracetrack.migrations.core.runner.VersionTable;
import io.tracetrack.migrations.core.schema.Schema;
import io.tracetrack.migrations.core.sql.PostgresSql;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * One scratch database on an open connection: runs statements, reads its schema with the engine's
 * {@link CatalogReader}, and fingerprints its rows, so that two of them can be compared.
 */
final class LiveDatabase implements AutoCloseable {
  private static final Set<String> BOOKKEEPING = Set.of(VersionTable.VERSION, VersionTable.HISTORY);
  private static final String CONSTRAINTS_AND_INDEXES = "SELECT coalesce(string_agg(d, E'\\n' ORDER BY d), '') FROM ("
      + " SELECT conrelid::regclass::text || ' ' || conname || ' ' || pg_get_constraintdef(c.oid) AS d"
      + " FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace"
      + " WHERE n.nspname NOT LIKE 'pg\\_%' AND n.nspname <> 'information_schema'"
      + " UNION ALL SELECT schemaname || '.' || indexname || ' ' || indexdef FROM pg_indexes"
      + " WHERE schemaname NOT LIKE 'pg\\_%' AND schemaname <> 'information_schema') AS definitions";

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
  private Map<String, String> rows(Schema schema) throws SQLException {
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
   * What a statement must leave behind: the modelled schema, the rows, and the names and
   * definitions of every constraint and index (a primary key's name is not modelled, but a rename
   * must keep it).
   */
  record State(Schema schema, Map<String, String> rows, Map<String, String> primaryKeys, String constraints) {}

  State state(Schema schema) throws SQLException {
    return new State(schema, rows(schema), primaryKeys(), text(CONSTRAINTS_AND_INDEXES));
  }

  /**
   * Runs the statements in one transaction, names the primary keys as in {@code expected} (which
   * PostgreSQL keeps through a table rename, but a typed rename renames along), and keeps all of it
   * only when the result is {@code expected}: returns the renaming statements then, else empty
   * after a rollback.
   */
  Optional<List<String>> runIfItGives(List<String> statements, State expected) throws SQLException {
    connection.setAutoCommit(false);
    try {
      for (String sql : statements) {
        execute(sql);
      }
      List<String> keyNames = new ArrayList<>();
      for (Map.Entry<String, String> key : primaryKeys().entrySet()) {
        String name = expected.primaryKeys().get(key.getKey());
        if (name != null && !name.equals(key.getValue())) {
          keyNames.add("ALTER TABLE " + key.getKey() + " RENAME CONSTRAINT " + PostgresSql.quote(key.getValue())
              + " TO " + PostgresSql.quote(name));
        }
      }
      for (String sql : keyNames) {
        execute(sql);
      }
      if (state(expected.schema()).equals(expected) && schema().equals(expected.schema())) {
        connection.commit();
        return Optional.of(keyNames);
      }
      connection.rollback();
      return Optional.empty();
    } catch (SQLException e) {
      connection.rollback();
      return Optional.empty();
    } finally {
      connection.setAutoCommit(true);
    }
  }

  /**
   * Runs the statements each on its own, outside a transaction ({@code CREATE INDEX CONCURRENTLY}),
   * and keeps them only when the result is {@code expected}; else takes the schema back to {@code
   * before} in one transaction and returns false.
   */
  boolean runOutsideTransactionIfItGives(List<String> statements, State expected, Schema before) throws SQLException {
    State prior = state(before);
    try {
      for (String sql : statements) {
        execute(sql);
      }
      if (state(expected.schema()).equals(expected) && schema().equals(expected.schema())) {
        return true;
      }
    } catch (SQLException e) {
      // Taken back below, as a result that differs.
    }
    List<String> back = SchemaDiff.between(schema(), before).upgrade().stream()
        .flatMap(operation -> operation.statements().stream()).toList();
    if (runIfItGives(back, prior).isEmpty()) {
      throw new SQLException("cannot take a scratch database back after a concurrent index that did not match");
    }
    return false;
  }

  /** Each table's primary key name, the table as {@code regclass} prints it. */
  private Map<String, String> primaryKeys() throws SQLException {
    Map<String, String> keys = new TreeMap<>();
    try (Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery("SELECT conrelid::regclass::text, conname FROM pg_constraint"
            + " WHERE contype = 'p'")) {
      while (result.next()) {
        keys.put(result.getString(1), result.getString(2));
      }
    }
    return keys;
  }

  private String text(String query) throws SQLException {
    try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(query)) {
      result.next();
      return result.getString(1);
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
