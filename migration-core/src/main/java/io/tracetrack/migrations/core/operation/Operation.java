package io.tracetrack.migrations.core.operation;

import io.tracetrack.migrations.core.schema.CheckConstraint;
import io.tracetrack.migrations.core.schema.Column;
import io.tracetrack.migrations.core.schema.EnumType;
import io.tracetrack.migrations.core.schema.ForeignKey;
import io.tracetrack.migrations.core.schema.Index;
import io.tracetrack.migrations.core.schema.Table;
import io.tracetrack.migrations.core.schema.UniqueConstraint;
import java.util.List;

/** One schema change, as a migration recorded it. */
public sealed interface Operation {

  /** The table this operation works on, or null for raw SQL. */
  String table();

  record CreateTable(Table definition) implements Operation {
    @Override
    public String table() {
      return definition.name();
    }
  }

  record DropTable(String table) implements Operation {}

  record AddColumn(String table, Column column, boolean unique) implements Operation {}

  record DropColumn(String table, String column) implements Operation {}

  /**
   * Changes a column's type; {@code using} is the SQL expression that converts the old values, or
   * null for {@code column::newType}.
   */
  record AlterColumnType(String table, String column, String newType, String using) implements Operation {
    public AlterColumnType(String table, String column, String newType) {
      this(table, column, newType, null);
    }
  }

  record AlterColumnNullable(String table, String column, boolean nullable) implements Operation {}

  /** Sets a server default, or removes it when {@code expression} is null. */
  record AlterColumnServerDefault(String table, String column, String expression) implements Operation {}

  record AddPrimaryKey(String table, List<String> columns) implements Operation {
    public AddPrimaryKey {
      columns = List.copyOf(columns);
    }
  }

  record AddUniqueConstraint(String table, UniqueConstraint constraint) implements Operation {}

  /** Drops a unique constraint or the primary key ({@code <table>_pkey}) by name. */
  record DropConstraint(String table, String name) implements Operation {}

  record CreateIndex(String table, Index index) implements Operation {}

  record DropIndex(String table, String name) implements Operation {}

  record AddForeignKey(String table, ForeignKey foreignKey) implements Operation {}

  record AddCheckConstraint(String table, CheckConstraint check) implements Operation {}

  /** Renames a table; {@code newName} may name another schema ({@code schema.table}), which moves it. */
  record RenameTable(String table, String newName) implements Operation {}

  record RenameColumn(String table, String column, String newName) implements Operation {}

  /** Renames a constraint of any kind (and the index behind a primary key or unique constraint). */
  record RenameConstraint(String table, String name, String newName) implements Operation {}

  record RenameIndex(String table, String name, String newName) implements Operation {}

  /** Sets a table's comment, or removes it when {@code comment} is null. */
  record SetTableComment(String table, String comment) implements Operation {}

  /** Sets a column's comment, or removes it when {@code comment} is null. */
  record SetColumnComment(String table, String column, String comment) implements Operation {}

  /**
   * Changes whether and how a column is an identity column: {@code identity} and {@code previous}
   * are {@link Column#ALWAYS}, {@link Column#BY_DEFAULT} or null (not an identity column).
   */
  record AlterColumnIdentity(String table, String column, String identity, String previous) implements Operation {}

  record CreateEnumType(EnumType type) implements Operation {
    @Override
    public String table() {
      return null;
    }
  }

  record DropEnumType(String name) implements Operation {
    @Override
    public String table() {
      return null;
    }
  }

  /** Adds a value to an enum type, before an existing value, or last when {@code before} is null. */
  record AddEnumValue(String type, String value, String before) implements Operation {
    @Override
    public String table() {
      return null;
    }
  }

  /**
   * Removes a value from an enum type. PostgreSQL has no statement for it: the type is replaced by
   * one without the value and every column of the type converted, which fails while a row holds it.
   */
  record DropEnumValue(String type, String value) implements Operation {
    @Override
    public String table() {
      return null;
    }
  }

  /** Creates a PostgreSQL schema (namespace). */
  record CreateSchema(String name) implements Operation {
    @Override
    public String table() {
      return null;
    }
  }

  /** Drops an empty PostgreSQL schema (namespace). */
  record DropSchema(String name) implements Operation {
    @Override
    public String table() {
      return null;
    }
  }

  /**
   * Java code from {@code op.run}: invoked only when the migration is applied to a database, on its
   * connection; no effect on the replayed schema, and no SQL to render.
   */
  record RunJava(String description, io.tracetrack.migrations.DataStep step) implements Operation {
    @Override
    public String table() {
      return null;
    }

    /** How logs, {@code show} and offline scripts name the step. */
    public String describe() {
      return "Java data step \"" + description + "\"";
    }
  }

  /** Raw SQL from {@code op.execute}: run as written, no effect on the replayed schema. */
  record ExecuteSql(String sql) implements Operation {
    @Override
    public String table() {
      return null;
    }
  }
}
