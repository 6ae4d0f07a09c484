package io.tracetrack.migrations.core.operation;

import io.tracetrack.migrations.core.schema.Column;
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

  record AlterColumnType(String table, String column, String newType) implements Operation {}

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

  /** Raw SQL from {@code op.execute}: run as written, no effect on the replayed schema. */
  record ExecuteSql(String sql) implements Operation {
    @Override
    public String table() {
      return null;
    }
  }
}
