package io.tracetrack.migrations.core.sql;

import io.tracetrack.migrations.core.operation.Operation;
import io.tracetrack.migrations.core.operation.Operation.AddCheckConstraint;
import io.tracetrack.migrations.core.operation.Operation.AddColumn;
import io.tracetrack.migrations.core.operation.Operation.AddEnumValue;
import io.tracetrack.migrations.core.operation.Operation.AddForeignKey;
import io.tracetrack.migrations.core.operation.Operation.AddPrimaryKey;
import io.tracetrack.migrations.core.operation.Operation.AddUniqueConstraint;
import io.tracetrack.migrations.core.operation.Operation.AlterColumnIdentity;
import io.tracetrack.migrations.core.operation.Operation.AlterColumnNullable;
import io.tracetrack.migrations.core.operation.Operation.AlterColumnServerDefault;
import io.tracetrack.migrations.core.operation.Operation.AlterColumnType;
import io.tracetrack.migrations.core.operation.Operation.CreateEnumType;
import io.tracetrack.migrations.core.operation.Operation.CreateIndex;
import io.tracetrack.migrations.core.operation.Operation.CreateSchema;
import io.tracetrack.migrations.core.operation.Operation.CreateTable;
import io.tracetrack.migrations.core.operation.Operation.DropColumn;
import io.tracetrack.migrations.core.operation.Operation.DropConstraint;
import io.tracetrack.migrations.core.operation.Operation.DropEnumType;
import io.tracetrack.migrations.core.operation.Operation.DropEnumValue;
import io.tracetrack.migrations.core.operation.Operation.DropIndex;
import io.tracetrack.migrations.core.operation.Operation.DropSchema;
import io.tracetrack.migrations.core.operation.Operation.DropTable;
import io.tracetrack.migrations.core.operation.Operation.ExecuteSql;
import io.tracetrack.migrations.core.operation.Operation.RenameColumn;
import io.tracetrack.migrations.core.operation.Operation.RenameConstraint;
import io.tracetrack.migrations.core.operation.Operation.RenameIndex;
import io.tracetrack.migrations.core.operation.Operation.RenameTable;
import io.tracetrack.migrations.core.operation.Operation.SetColumnComment;
import io.tracetrack.migrations.core.operation.Operation.SetTableComment;
import io.tracetrack.migrations.core.schema.CheckConstraint;
import io.tracetrack.migrations.core.schema.Column;
import io.tracetrack.migrations.core.schema.ForeignKey;
import io.tracetrack.migrations.core.schema.Index;
import io.tracetrack.migrations.core.schema.NamingConvention;
import io.tracetrack.migrations.core.schema.Table;
import io.tracetrack.migrations.core.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * PostgreSQL statements for each {@link Operation}. Identifiers are always quoted, so reserved
 * words ({@code user}) and mixed case are safe; a table named {@code schema.table} is written
 * {@code "schema"."table"}. Types, server defaults, check expressions and index predicates are SQL
 * by nature and written as given (types are checked against a strict syntax when recorded).
 */
public final class PostgresSql {
  private static final String DOLLAR = "$tt$";

  private PostgresSql() {}

  /** Quotes an identifier: {@code user} → {@code "user"}, {@code a"b} → {@code "a""b"}. */
  public static String quote(String identifier) {
    if (identifier.indexOf('\0') >= 0) {
      throw new IllegalArgumentException("identifier contains a NUL character");
    }
    return '"' + identifier.replace("\"", "\"\"") + '"';
  }

  /** A table name, schema-qualified when it has a schema: {@code sales.order} → {@code "sales"."order"}. */
  public static String table(String table) {
    return table.indexOf('.') < 0 ? quote(table) : quote(Table.schemaOf(table)) + "." + quote(Table.localName(table));
  }

  /** An index or other relation in the schema of a table: {@code "sales"."ix_order_date"}. */
  private static String relationOf(String table, String name) {
    return table.indexOf('.') < 0 ? quote(name) : quote(Table.schemaOf(table)) + "." + quote(name);
  }

  /** Quotes a string literal: {@code it's} → {@code 'it''s'}. */
  public static String literal(String value) {
    return "'" + value.replace("'", "''") + "'";
  }

  /** The statements, without terminating semicolons, that perform an operation. */
  public static List<String> statements(Operation operation) {
    if (operation instanceof CreateTable create) {
      return createTable(create.definition());
    }
    if (operation instanceof DropTable drop) {
      return List.of("DROP TABLE " + table(drop.table()));
    }
    if (operation instanceof AddColumn add) {
      String sql = alterTable(add.table()) + " ADD COLUMN " + columnDefinition(add.column());
      if (add.unique()) {
        sql += " CONSTRAINT " + quote(UniqueConstraint.defaultName(add.table(), add.column().name())) + " UNIQUE";
      }
      List<String> statements = new ArrayList<>(List.of(sql));
      if (add.column().comment() != null) {
        statements.add(columnComment(add.table(), add.column().name(), add.column().comment()));
      }
      return statements;
    }
    if (operation instanceof DropColumn drop) {
      return List.of(alterTable(drop.table()) + " DROP COLUMN " + quote(drop.column()));
    }
    if (operation instanceof AlterColumnType alter) {
      String using = alter.using() != null ? alter.using() : quote(alter.column()) + "::" + alter.newType();
      return List.of(alterColumn(alter.table(), alter.column()) + " TYPE " + alter.newType() + " USING " + using);
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
      return List.of(alterTable(add.table()) + " ADD CONSTRAINT " + quote(NamingConvention.primaryKey(add.table()))
          + " PRIMARY KEY (" + columnList(add.columns()) + ")");
    }
    if (operation instanceof AddUniqueConstraint add) {
      return List.of(alterTable(add.table()) + " ADD " + uniqueConstraint(add.constraint()));
    }
    if (operation instanceof DropConstraint drop) {
      return List.of(alterTable(drop.table()) + " DROP CONSTRAINT " + quote(drop.name()));
    }
    if (operation instanceof CreateIndex create) {
      return List.of(createIndex(create.table(), create.index()));
    }
    if (operation instanceof DropIndex drop) {
      return List.of("DROP INDEX " + relationOf(drop.table(), drop.name()));
    }
    if (operation instanceof AddForeignKey add) {
      return List.of(alterTable(add.table()) + " ADD " + foreignKey(add.foreignKey()));
    }
    if (operation instanceof AddCheckConstraint add) {
      return List.of(alterTable(add.table()) + " ADD " + check(add.check()));
    }
    if (operation instanceof RenameTable rename) {
      return renameTable(rename);
    }
    if (operation instanceof RenameColumn rename) {
      return List.of(alterTable(rename.table()) + " RENAME COLUMN " + quote(rename.column()) + " TO " + quote(rename.newName()));
    }
    if (operation instanceof RenameConstraint rename) {
      return List.of(alterTable(rename.table()) + " RENAME CONSTRAINT " + quote(rename.name()) + " TO " + quote(rename.newName()));
    }
    if (operation instanceof RenameIndex rename) {
      return List.of("ALTER INDEX " + relationOf(rename.table(), rename.name()) + " RENAME TO " + quote(rename.newName()));
    }
    if (operation instanceof SetTableComment comment) {
      return List.of("COMMENT ON TABLE " + table(comment.table()) + " IS " + commentText(comment.comment()));
    }
    if (operation instanceof SetColumnComment comment) {
      return List.of(columnComment(comment.table(), comment.column(), comment.comment()));
    }
    if (operation instanceof AlterColumnIdentity alter) {
      return alterIdentity(alter);
    }
    if (operation instanceof CreateEnumType create) {
      return List.of("CREATE TYPE " + quote(create.type().name()) + " AS ENUM ("
          + create.type().values().stream().map(PostgresSql::literal).collect(Collectors.joining(", ")) + ")");
    }
    if (operation instanceof DropEnumType drop) {
      return List.of("DROP TYPE " + quote(drop.name()));
    }
    if (operation instanceof AddEnumValue add) {
      return List.of("ALTER TYPE " + quote(add.type()) + " ADD VALUE " + literal(add.value())
          + (add.before() == null ? "" : " BEFORE " + literal(add.before())));
    }
    if (operation instanceof DropEnumValue drop) {
      return List.of(dropEnumValue(drop.type(), drop.value()));
    }
    if (operation instanceof CreateSchema create) {
      return List.of("CREATE SCHEMA " + quote(create.name()));
    }
    if (operation instanceof DropSchema drop) {
      return List.of("DROP SCHEMA " + quote(drop.name()));
    }
    if (operation instanceof ExecuteSql execute) {
      return List.of(execute.sql());
    }
    if (operation instanceof Operation.RunJava step) {
      // Java cannot be rendered: scripts and show carry a comment that names what they leave out.
      return List.of("-- " + step.describe().replace('\n', ' ') + " is not in this SQL: it runs only when"
          + " TraceTrack applies the migration to a database");
    }
    throw new IllegalArgumentException("unknown operation " + operation);
  }

  private static List<String> createTable(Table table) {
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
    for (CheckConstraint check : table.checkConstraints()) {
      parts.add(check(check));
    }
    for (ForeignKey key : table.foreignKeys()) {
      parts.add(foreignKey(key));
    }
    List<String> statements = new ArrayList<>();
    statements.add("CREATE TABLE " + table(table.name()) + " (\n    " + String.join(",\n    ", parts) + "\n)");
    for (Index index : table.indexes()) {
      statements.add(createIndex(table.name(), index));
    }
    if (table.comment() != null) {
      statements.add("COMMENT ON TABLE " + table(table.name()) + " IS " + literal(table.comment()));
    }
    for (Column column : table.columns()) {
      if (column.comment() != null) {
        statements.add(columnComment(table.name(), column.name(), column.comment()));
      }
    }
    return statements;
  }

  private static String columnDefinition(Column column) {
    StringBuilder sql = new StringBuilder(quote(column.name())).append(' ').append(column.type());
    if (column.identity() != null) {
      sql.append(" GENERATED ").append(identityKeyword(column.identity())).append(" AS IDENTITY");
    }
    if (column.serverDefault() != null) {
      sql.append(" DEFAULT ").append(column.serverDefault());
    }
    if (!column.nullable()) {
      sql.append(" NOT NULL");
    }
    return sql.toString();
  }

  private static String identityKeyword(String identity) {
    return Column.ALWAYS.equals(identity) ? "ALWAYS" : "BY DEFAULT";
  }

  private static List<String> alterIdentity(AlterColumnIdentity alter) {
    String column = alterColumn(alter.table(), alter.column());
    if (alter.identity() == null) {
      return List.of(column + " DROP IDENTITY");
    }
    if (alter.previous() != null) {
      return List.of(column + " SET GENERATED " + identityKeyword(alter.identity()));
    }
    // A new identity starts at 1: move it past the values the rows already hold.
    return List.of(column + " ADD GENERATED " + identityKeyword(alter.identity()) + " AS IDENTITY",
        "SELECT setval(pg_get_serial_sequence(" + literal(table(alter.table())) + ", " + literal(alter.column())
            + "), coalesce(max(" + quote(alter.column()) + "), 0) + 1, false) FROM " + table(alter.table()));
  }

  private static String createIndex(String table, Index index) {
    StringBuilder sql = new StringBuilder("CREATE ");
    if (index.unique()) {
      sql.append("UNIQUE ");
    }
    sql.append("INDEX ").append(quote(index.name())).append(" ON ").append(table(table));
    if (!index.method().equals(Index.BTREE)) {
      sql.append(" USING ").append(index.method());
    }
    sql.append(" (").append(index.columns().stream()
        .map(c -> quote(c.name()) + (c.descending() ? " DESC" : "")).collect(Collectors.joining(", "))).append(")");
    if (index.where() != null) {
      sql.append(" WHERE ").append(index.where());
    }
    return sql.toString();
  }

  private static String foreignKey(ForeignKey key) {
    StringBuilder sql = new StringBuilder("CONSTRAINT ").append(quote(key.name())).append(" FOREIGN KEY (")
        .append(columnList(key.columns())).append(") REFERENCES ").append(table(key.referencedTable()))
        .append(" (").append(columnList(key.referencedColumns())).append(")");
    if (!key.onDelete().equals(ForeignKey.NO_ACTION)) {
      sql.append(" ON DELETE ").append(key.onDelete());
    }
    if (!key.onUpdate().equals(ForeignKey.NO_ACTION)) {
      sql.append(" ON UPDATE ").append(key.onUpdate());
    }
    return sql.toString();
  }

  private static String check(CheckConstraint check) {
    return "CONSTRAINT " + quote(check.name()) + " CHECK (" + check.expression() + ")";
  }

  private static List<String> renameTable(RenameTable rename) {
    List<String> statements = new ArrayList<>();
    String current = rename.table();
    String fromSchema = Table.schemaOf(current);
    String toSchema = Table.schemaOf(rename.newName());
    if (!fromSchema.equals(toSchema)) {
      statements.add(alterTable(current) + " SET SCHEMA " + quote(toSchema));
      current = Table.qualified(toSchema, Table.localName(current));
    }
    String newLocal = Table.localName(rename.newName());
    if (!Table.localName(current).equals(newLocal)) {
      statements.add(alterTable(current) + " RENAME TO " + quote(newLocal));
    }
    // The primary key keeps the conventional name <table>_pkey, as the model derives it.
    String oldKey = NamingConvention.primaryKey(rename.table());
    String newKey = NamingConvention.primaryKey(rename.newName());
    if (!oldKey.equals(newKey)) {
      String target = table(rename.newName());
      statements.add(doBlock("BEGIN\n  IF EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = " + literal(target)
          + "::regclass AND contype = 'p' AND conname = " + literal(oldKey) + ") THEN\n    ALTER TABLE " + target
          + " RENAME CONSTRAINT " + quote(oldKey) + " TO " + quote(newKey) + ";\n  END IF;\nEND"));
    }
    return statements;
  }

  /**
   * PostgreSQL cannot drop an enum value: the type is renamed, a new one made without the value,
   * and every column of the old type converted (its default carried over), then the old type dropped.
   */
  private static String dropEnumValue(String type, String value) {
    String old = NamingConvention.fit(type + "__tt_old");
    return doBlock("DECLARE\n"
        + "  labels text;\n"
        + "  r record;\n"
        + "BEGIN\n"
        + "  SELECT string_agg(quote_literal(enumlabel), ', ' ORDER BY enumsortorder) INTO labels FROM pg_enum\n"
        + "    WHERE enumtypid = " + literal(quote(type)) + "::regtype AND enumlabel <> " + literal(value) + ";\n"
        + "  ALTER TYPE " + quote(type) + " RENAME TO " + quote(old) + ";\n"
        + "  EXECUTE 'CREATE TYPE " + quote(type).replace("'", "''") + " AS ENUM (' || labels || ')';\n"
        + "  FOR r IN SELECT n.nspname, c.relname, a.attname, pg_get_expr(d.adbin, d.adrelid) AS def\n"
        + "      FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace\n"
        + "      LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum\n"
        + "      WHERE a.atttypid = " + literal(quote(old)) + "::regtype AND c.relkind IN ('r', 'p') AND NOT a.attisdropped LOOP\n"
        + "    IF r.def IS NOT NULL THEN\n"
        + "      EXECUTE format('ALTER TABLE %I.%I ALTER COLUMN %I DROP DEFAULT', r.nspname, r.relname, r.attname);\n"
        + "    END IF;\n"
        + "    EXECUTE format('ALTER TABLE %I.%I ALTER COLUMN %I TYPE " + quote(type).replace("'", "''")
        + " USING %I::text::" + quote(type).replace("'", "''") + "', r.nspname, r.relname, r.attname, r.attname);\n"
        + "    IF r.def IS NOT NULL THEN\n"
        + "      EXECUTE format('ALTER TABLE %I.%I ALTER COLUMN %I SET DEFAULT %s', r.nspname, r.relname, r.attname,\n"
        + "        replace(r.def, " + literal(old) + ", " + literal(type) + "));\n"
        + "    END IF;\n"
        + "  END LOOP;\n"
        + "  DROP TYPE " + quote(old) + ";\n"
        + "END");
  }

  private static String doBlock(String body) {
    if (body.contains(DOLLAR)) {
      throw new IllegalArgumentException("a name contains " + DOLLAR);
    }
    return "DO " + DOLLAR + "\n" + body + "\n" + DOLLAR;
  }

  private static String columnComment(String table, String column, String comment) {
    return "COMMENT ON COLUMN " + table(table) + "." + quote(column) + " IS " + commentText(comment);
  }

  private static String commentText(String comment) {
    return comment == null ? "NULL" : literal(comment);
  }

  private static String uniqueConstraint(UniqueConstraint unique) {
    return "CONSTRAINT " + quote(unique.name()) + " UNIQUE (" + columnList(unique.columns()) + ")";
  }

  private static String columnList(List<String> columns) {
    return columns.stream().map(PostgresSql::quote).collect(Collectors.joining(", "));
  }

  private static String alterTable(String table) {
    return "ALTER TABLE " + table(table);
  }

  private static String alterColumn(String table, String column) {
    return alterTable(table) + " ALTER COLUMN " + quote(column);
  }
}
