package io.tracetrack.migrations.core.operation;

import io.tracetrack.migrations.ColumnDef;
import io.tracetrack.migrations.Operations;
import io.tracetrack.migrations.core.MigrationException;
import io.tracetrack.migrations.core.schema.Column;
import io.tracetrack.migrations.core.schema.Table;
import io.tracetrack.migrations.core.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** The {@link Operations} a migration is handed: it only records what is asked, in order. */
public final class RecordingOperations implements Operations {
  private final List<Operation> recorded = new ArrayList<>();

  /** Runs one direction of a migration and returns what it asked for. */
  public static List<Operation> record(java.util.function.Consumer<Operations> body) {
    RecordingOperations op = new RecordingOperations();
    body.accept(op);
    return List.copyOf(op.recorded);
  }

  @Override
  public void createTable(String table, ColumnDef... columns) {
    requireName(table, "table");
    if (columns.length == 0) {
      throw new MigrationException("createTable(\"" + table + "\") has no columns");
    }
    List<Column> cols = new ArrayList<>();
    List<String> key = new ArrayList<>();
    List<UniqueConstraint> uniques = new ArrayList<>();
    for (ColumnDef def : columns) {
      Objects.requireNonNull(def, "column == null");
      cols.add(toColumn(def));
      if (def.isPrimaryKey()) {
        key.add(def.name());
      }
      if (def.isUnique()) {
        uniques.add(new UniqueConstraint(UniqueConstraint.defaultName(table, def.name()), List.of(def.name())));
      }
    }
    recorded.add(new Operation.CreateTable(new Table(table, cols, key, uniques)));
  }

  @Override
  public void dropTable(String table) {
    recorded.add(new Operation.DropTable(requireName(table, "table")));
  }

  @Override
  public void addColumn(String table, ColumnDef column) {
    requireName(table, "table");
    if (column.isPrimaryKey()) {
      throw new MigrationException("addColumn(\"" + table + "\", \"" + column.name()
          + "\") marks the column primaryKey(): add it, then call createPrimaryKey");
    }
    recorded.add(new Operation.AddColumn(table, toColumn(column), column.isUnique()));
  }

  @Override
  public void dropColumn(String table, String column) {
    recorded.add(new Operation.DropColumn(requireName(table, "table"), requireName(column, "column")));
  }

  @Override
  public void alterColumnType(String table, String column, String newType) {
    recorded.add(new Operation.AlterColumnType(
        requireName(table, "table"), requireName(column, "column"), Column.checkedType(newType)));
  }

  @Override
  public void alterColumnNullable(String table, String column, boolean nullable) {
    recorded.add(new Operation.AlterColumnNullable(requireName(table, "table"), requireName(column, "column"), nullable));
  }

  @Override
  public void alterColumnServerDefault(String table, String column, String expression) {
    recorded.add(new Operation.AlterColumnServerDefault(
        requireName(table, "table"), requireName(column, "column"),
        expression == null || expression.isBlank() ? null : expression));
  }

  @Override
  public void createPrimaryKey(String table, String... columns) {
    requireName(table, "table");
    if (columns.length == 0) {
      throw new MigrationException("createPrimaryKey(\"" + table + "\") names no columns");
    }
    recorded.add(new Operation.AddPrimaryKey(table, Arrays.asList(columns)));
  }

  @Override
  public void addUniqueConstraint(String table, String name, String... columns) {
    requireName(table, "table");
    recorded.add(new Operation.AddUniqueConstraint(table, new UniqueConstraint(requireName(name, "constraint"), Arrays.asList(columns))));
  }

  @Override
  public void dropConstraint(String table, String name) {
    recorded.add(new Operation.DropConstraint(requireName(table, "table"), requireName(name, "constraint")));
  }

  @Override
  public void execute(String sql) {
    if (sql == null || sql.isBlank()) {
      throw new MigrationException("execute() was given no SQL");
    }
    recorded.add(new Operation.ExecuteSql(sql));
  }

  private static Column toColumn(ColumnDef def) {
    requireName(def.name(), "column");
    return new Column(def.name(), Column.checkedType(def.type()), def.isNullable(), def.serverDefault());
  }

  private static String requireName(String name, String what) {
    if (name == null || name.isEmpty()) {
      throw new MigrationException("a " + what + " name is missing");
    }
    return name;
  }
}
