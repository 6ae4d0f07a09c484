package io.tracetrack.migrations.core.introspect;

import io.tracetrack.migrations.core.diff.SchemaDiff;
import io.tracetrack.migrations.core.operation.TableOperation;
import io.tracetrack.migrations.core.schema.CheckConstraint;
import io.tracetrack.migrations.core.schema.Column;
import io.tracetrack.migrations.core.schema.Index;
import io.tracetrack.migrations.core.schema.Schema;
import io.tracetrack.migrations.core.schema.Table;
import io.tracetrack.migrations.core.sql.PostgresSql;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Compares a live database with the schema expected of it. Expressions (server defaults, check
 * constraints, index predicates) are first put the way PostgreSQL itself prints them, by building
 * each expected table as a temporary table in a transaction that is rolled back: so {@code 'x'}
 * against {@code 'x'::character varying}, or {@code status IN ('A','B')} against {@code status =
 * ANY (ARRAY[...])}, are no difference, while any real one is.
 */
public final class LiveSchemaComparison {

  private LiveSchemaComparison() {}

  /**
   * Reads the live schema (leaving out {@code ignoredTables}) and lists what differs from {@code
   * expected}. Leaves the connection's transaction state as it found it.
   */
  public static SchemaDrift compare(Connection connection, Schema expected, Set<String> ignoredTables) throws SQLException {
    Schema live = CatalogReader.read(connection, ignoredTables);
    Schema normalized = normalizeExpressions(connection, expected);
    return new SchemaDrift(live, normalized, SchemaDiff.between(live, normalized).steps());
  }

  /** The expected schema with its expressions as PostgreSQL prints them back (unchanged where it cannot build a table). */
  public static Schema normalizeExpressions(Connection connection, Schema expected) throws SQLException {
    boolean autoCommit = connection.getAutoCommit();
    connection.setAutoCommit(false);
    Schema result = expected;
    try {
      for (Table table : expected.tables().values()) {
        if (!hasExpressions(table)) {
          continue;
        }
        Savepoint savepoint = connection.setSavepoint();
        try {
          Optional<Table> printed = buildTemporary(connection, table);
          if (printed.isPresent()) {
            result = result.withTable(withPrintedExpressions(table, printed.get()));
          }
        } catch (SQLException e) {
          // A table PostgreSQL cannot build (an unknown type, a wrong expression) keeps its expressions: its
          // difference with the live schema will show.
        } finally {
          connection.rollback(savepoint);
        }
      }
    } finally {
      connection.rollback();
      connection.setAutoCommit(autoCommit);
    }
    return result;
  }

  private static boolean hasExpressions(Table table) {
    return !table.checkConstraints().isEmpty() || table.indexes().stream().anyMatch(i -> i.where() != null)
        || table.columns().stream().anyMatch(c -> c.serverDefault() != null || c.generated() != null);
  }

  private static Optional<Table> buildTemporary(Connection connection, Table table) throws SQLException {
    String temporaryName = "pg_temp." + Table.localName(table.name());
    // Foreign keys, identity and comments do not bear on expressions; key and unique indexes would only
    // take names in the temporary schema.
    // A serial's nextval default names a sequence the temporary table does not own: it is printed as written.
    List<Column> columns = table.columns().stream().map(c -> c.withIdentity(null).withComment(null))
        .map(c -> c.ownedSequence() == null ? c : c.withOwnedSequence(null).withServerDefault(null)).toList();
    Table shadow = new Table(temporaryName, columns, List.of(), List.of(), table.indexes(), List.of(),
        table.checkConstraints(), null);
    try (Statement statement = connection.createStatement()) {
      statement.execute("DROP TABLE IF EXISTS " + PostgresSql.table(temporaryName));
      for (String sql : (new TableOperation.CreateTable(shadow)).statements()) {
        statement.execute(sql);
      }
    }
    return CatalogReader.readTemporary(connection).table(Table.localName(table.name()));
  }

  private static Table withPrintedExpressions(Table expected, Table printed) {
    List<Column> columns = new ArrayList<>();
    for (Column column : expected.columns()) {
      String printedDefault = printed.column(column.name()).map(Column::serverDefault).orElse(column.serverDefault());
      String printedExpression = printed.column(column.name()).map(Column::generated).orElse(column.generated());
      columns.add(column.withServerDefault(column.serverDefault() == null ? null : printedDefault)
          .withGenerated(column.generated() == null ? null : printedExpression));
    }
    List<CheckConstraint> checks = expected.checkConstraints().stream()
        .map(c -> printed.checkConstraint(c.name()).map(p -> new CheckConstraint(c.name(), p.expression())).orElse(c))
        .toList();
    List<Index> indexes = expected.indexes().stream()
        .map(i -> i.where() == null ? i : printed.index(i.name())
            .map(p -> new Index(i.name(), i.columns(), i.unique(), i.method(), p.where())).orElse(i))
        .toList();
    return expected.withColumns(columns).withCheckConstraints(checks).withIndexes(indexes);
  }
}
