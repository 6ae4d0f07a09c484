package io.tracetrack.migrations.core.sql;

import io.tracetrack.migrations.core.operation.Operation;
import io.tracetrack.migrations.core.operation.Operation.AddColumn;
import io.tracetrack.migrations.core.operation.Operation.AddPrimaryKey;
import io.tracetrack.migrations.core.operation.Operation.AddUniqueConstraint;
import io.tracetrack.migrations.core.operation.Operation.AlterColumnNullable;
import io.tracetrack.migrations.core.operation.Operation.AlterColumnServerDefault;
import io.tracetrack.migrations.core.operation.Operation.AlterColumnType;
import io.tracetrack.migrations.core.operation.Operation.CreateTable;
import io.tracetrack.migrations.core.operation.Operation.DropColumn;
import io.tracetrack.migrations.core.operation.Operation.DropConstraint;
import io.tracetrack.migrations.core.operation.Operation.DropTable;
import io.tracetrack.migrations.core.operation.Operation.ExecuteSql;
import io.tracetrack.migrations.core.schema.Column;
import io.tracetrack.migrations.core.schema.Table;
import io.tracetrack.migrations.core.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * PostgreSQL statements for each {@link Operation}. Identifiers are always quoted, so reserved
 * words ({@code user}) and mixed case are safe; types and server defaults are SQL by nature and
 * written as given (types are checked against a strict syntax when recorded).
 */
public final class PostgresSql {

  private PostgresSql() {}

  /** Quotes an identifier: {@code user} → {@code "user"}, {@code a"b} → {@code "a""b"}. */
  public static String quote(String identifier) {
    if (identifier.indexOf('\0') >= 0) {
      throw new IllegalArgumentException("identifier contains a NUL character");
    }
    return '"' + identifier.replace("\"", "\"\"") + '"';
  }

  /** Quotes a string literal: {@code it's} → {@code 'it''s'}. */
  public static String literal(String value) {
    return "'" + value.replace("'", "''") + "'";
  }

  /** The statements, without terminating semicolons, that perform an operation. */
  public static List<String> statements(Operation operation) {
    if (operation instanceof CreateTable create) {
      return List.of(createTable(create.definition()));
    }
    if (operation instanceof DropTable drop) {
      return List.of("DROP TABLE " + quote(drop.table()));
    }
    if (operation instanceof AddColumn add) {
      String sql = alterTable(add.table()) + " ADD COLUMN " + columnDefinition(add.column());
      if (add.unique()) {
        sql += " CONSTRAINT " + quote(UniqueConstraint.defaultName(add.table(), add.column().name())) + " UNIQUE";
      }
      return List.of(sql);
    }
    if (operation instanceof DropColumn drop) {
      return List.of(alterTable(drop.table()) + " DROP COLUMN " + quote(drop.column()));
    }
    if (operation instanceof AlterColumnType alter) {
      return List.of(alterColumn(alter.table(), alter.column()) + " TYPE " + alter.newType()
          + " USING " + quote(alter.column()) + "::" + alter.newType());
    }
    if (operation instanceof AlterColumnNullable alter) {
      return List.of(alterColumn(alter.table(), alter.column())
          + (alter.nullable() ? " DROP NOT NULL" : " SET NOT NULL"));
    }
    if (operation instanceof AlterColumnServerDefault alter) {
      return List.of(alterColumn(alter.table(), alter.column())
          + (alter.expression() == null ? " DROP DEFAULT" : " SET DEFAULT " + alter.expression()));
    }
    if (operation instanceof AddPrimaryKey add) {
      return List.of(alterTable(add.table()) + " ADD CONSTRAINT " + quote(add.table() + "_pkey")
          + " PRIMARY KEY (" + columnList(add.columns()) + ")");
    }
    if (operation instanceof AddUniqueConstraint add) {
      return List.of(alterTable(add.table()) + " ADD " + uniqueConstraint(add.constraint()));
    }
    if (operation instanceof DropConstraint drop) {
      return List.of(alterTable(drop.table()) + " DROP CONSTRAINT " + quote(drop.name()));
    }
    if (operation instanceof ExecuteSql execute) {
      return List.of(execute.sql());
    }
    throw new IllegalArgumentException("unknown operation " + operation);
  }

  private static String createTable(Table table) {
    List<String> parts = new ArrayList<>();
    for (Column column : table.columns()) {
      parts.add(columnDefinition(column));
    }
    if (!table.primaryKey().isEmpty()) {
      parts.add("CONSTRAINT " + quote(table.primaryKeyName()) + " PRIMARY KEY (" + columnList(table.primaryKey()) + ")");
    }
    for (UniqueConstraint unique : table.uniqueConstraints()) {
      parts.add(uniqueConstraint(unique));
    }
    return "CREATE TABLE " + quote(table.name()) + " (\n    " + String.join(",\n    ", parts) + "\n)";
  }

  private static String columnDefinition(Column column) {
    StringBuilder sql = new StringBuilder(quote(column.name())).append(' ').append(column.type());
    if (column.serverDefault() != null) {
      sql.append(" DEFAULT ").append(column.serverDefault());
    }
    if (!column.nullable()) {
      sql.append(" NOT NULL");
    }
    return sql.toString();
  }

  private static String uniqueConstraint(UniqueConstraint unique) {
    return "CONSTRAINT " + quote(unique.name()) + " UNIQUE (" + columnList(unique.columns()) + ")";
  }

  private static String columnList(List<String> columns) {
    return columns.stream().map(PostgresSql::quote).collect(Collectors.joining(", "));
  }

  private static String alterTable(String table) {
    return "ALTER TABLE " + quote(table);
  }

  private static String alterColumn(String table, String column) {
    return alterTable(table) + " ALTER COLUMN " + quote(column);
  }
}
