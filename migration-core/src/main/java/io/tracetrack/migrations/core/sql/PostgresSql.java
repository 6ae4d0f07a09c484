package io.tracetrack.migrations.core.sql;

import io.tracetrack.migrations.core.schema.CheckConstraint;
import io.tracetrack.migrations.core.schema.Column;
import io.tracetrack.migrations.core.schema.ForeignKey;
import io.tracetrack.migrations.core.schema.Index;
import io.tracetrack.migrations.core.schema.SqlExpressions;
import io.tracetrack.migrations.core.schema.Table;
import io.tracetrack.migrations.core.schema.UniqueConstraint;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The pieces of PostgreSQL that operations' statements are built from. Identifiers are always quoted, so reserved
 * words ({@code user}) and mixed case are safe; a table named {@code schema.table} is written
 * {@code "schema"."table"}. Types, server defaults, check expressions and index predicates are SQL
 * by nature and written as given (types are checked against a strict syntax when recorded).
 */
public final class PostgresSql {
  private static final String DOLLAR = "$tt$";

  private PostgresSql() {}

  /** Quotes an identifier: {@code user} → {@code "user"}, {@code a"b} → {@code "a""b"}. */
  public static String quote(String identifier) {
    return SqlExpressions.quote(identifier);
  }

  /** A table name, schema-qualified when it has a schema: {@code sales.order} → {@code "sales"."order"}. */
  public static String table(String table) {
    return table.indexOf('.') < 0 ? quote(table) : quote(Table.schemaOf(table)) + "." + quote(Table.localName(table));
  }

  /** An index or other relation in the schema of a table: {@code "sales"."ix_order_date"}. */
  public static String relationOf(String table, String name) {
    return table.indexOf('.') < 0 ? quote(name) : quote(Table.schemaOf(table)) + "." + quote(name);
  }

  /** Quotes a string literal: {@code it's} → {@code 'it''s'}. */
  public static String literal(String value) {
    return SqlExpressions.literal(value);
  }



  public static String columnDefinition(Column column) {
    StringBuilder sql = new StringBuilder(quote(column.name())).append(' ').append(column.type());
    if (column.collation() != null) {
      sql.append(" COLLATE ").append(quote(column.collation()));
    }
    if (column.identity() != null) {
      sql.append(" GENERATED ").append(identityKeyword(column.identity())).append(" AS IDENTITY");
      if (column.identityOptions() != null) {
        sql.append(' ').append(column.identityOptions().sql());
      }
    }
    if (column.generated() != null) {
      sql.append(" GENERATED ALWAYS AS (").append(column.generated()).append(") STORED");
    }
    if (column.serverDefault() != null) {
      sql.append(" DEFAULT ").append(column.serverDefault());
    }
    if (!column.nullable()) {
      sql.append(" NOT NULL");
    }
    return sql.toString();
  }

  public static String identityKeyword(String identity) {
    return Column.ALWAYS.equals(identity) ? "ALWAYS" : "BY DEFAULT";
  }


  public static String createIndex(String table, Index index) {
    return createIndex(table, index, false);
  }

  /** {@code CREATE [UNIQUE] INDEX [CONCURRENTLY] ...} of an index on a table. */
  public static String createIndex(String table, Index index, boolean concurrently) {
    StringBuilder sql = new StringBuilder("CREATE ");
    if (index.unique()) {
      sql.append("UNIQUE ");
    }
    sql.append(concurrently ? "INDEX CONCURRENTLY " : "INDEX ").append(quote(index.name())).append(" ON ").append(table(table));
    if (!index.method().equals(Index.BTREE)) {
      sql.append(" USING ").append(index.method());
    }
    sql.append(" (").append(index.columns().stream().map(PostgresSql::indexKey).collect(Collectors.joining(", "))).append(")");
    if (!index.include().isEmpty()) {
      sql.append(" INCLUDE (").append(columnList(index.include())).append(")");
    }
    if (index.where() != null) {
      sql.append(" WHERE ").append(index.where());
    }
    return sql.toString();
  }

  /** A key of {@code CREATE INDEX}: a quoted column or a parenthesized expression, then its options. */
  public static String indexKey(Index.IndexColumn key) {
    StringBuilder sql = new StringBuilder(key.expression() ? "(" + key.name() + ")" : quote(key.name()));
    if (key.opclass() != null) {
      // An operator class is a name like a type's: written as given, schema-qualified if it says so.
      sql.append(' ').append(key.opclass());
    }
    if (key.descending()) {
      sql.append(" DESC");
    }
    if (key.nulls() != null) {
      sql.append(" NULLS ").append(key.nulls());
    }
    return sql.toString();
  }

  public static String foreignKey(ForeignKey key) {
    StringBuilder sql = new StringBuilder("CONSTRAINT ").append(quote(key.name())).append(" FOREIGN KEY (")
        .append(columnList(key.columns())).append(") REFERENCES ").append(table(key.referencedTable()))
        .append(" (").append(columnList(key.referencedColumns())).append(")");
    if (!key.match().equals(ForeignKey.MATCH_SIMPLE)) {
      sql.append(" MATCH ").append(key.match());
    }
    if (!key.onDelete().equals(ForeignKey.NO_ACTION)) {
      sql.append(" ON DELETE ").append(key.onDelete());
    }
    if (!key.onUpdate().equals(ForeignKey.NO_ACTION)) {
      sql.append(" ON UPDATE ").append(key.onUpdate());
    }
    if (key.deferrable()) {
      sql.append(key.initiallyDeferred() ? " DEFERRABLE INITIALLY DEFERRED" : " DEFERRABLE");
    }
    return sql.toString();
  }

  public static String check(CheckConstraint check) {
    return "CONSTRAINT " + quote(check.name()) + " CHECK (" + check.expression() + ")";
  }



  public static String doBlock(String body) {
    if (body.contains(DOLLAR)) {
      throw new IllegalArgumentException("a name contains " + DOLLAR);
    }
    return "DO " + DOLLAR + "\n" + body + "\n" + DOLLAR;
  }

  public static String columnComment(String table, String column, String comment) {
    return "COMMENT ON COLUMN " + table(table) + "." + quote(column) + " IS " + commentText(comment);
  }

  public static String commentText(String comment) {
    return comment == null ? "NULL" : literal(comment);
  }

  public static String uniqueConstraint(UniqueConstraint unique) {
    return "CONSTRAINT " + quote(unique.name()) + " UNIQUE " + (unique.nullsNotDistinct() ? "NULLS NOT DISTINCT " : "")
        + "(" + columnList(unique.columns()) + ")";
  }

  public static String columnList(List<String> columns) {
    return columns.stream().map(PostgresSql::quote).collect(Collectors.joining(", "));
  }

  public static String alterTable(String table) {
    return "ALTER TABLE " + table(table);
  }

  public static String alterColumn(String table, String column) {
    return alterTable(table) + " ALTER COLUMN " + quote(column);
  }
}
