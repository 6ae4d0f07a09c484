package io.tracetrack.migrations.core.replay;

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
import io.tracetrack.migrations.core.schema.Schema;
import io.tracetrack.migrations.core.schema.Table;
import io.tracetrack.migrations.core.schema.UniqueConstraint;
import java.util.List;

/**
 * Applies operations to a {@link Schema}, checking each against it the way PostgreSQL would, so a
 * migration that could not run is caught offline.
 */
public final class SchemaReplayer {

  private SchemaReplayer() {}

  public static Schema apply(Schema schema, List<Operation> operations) {
    Schema result = schema;
    for (Operation operation : operations) {
      result = apply(result, operation);
    }
    return result;
  }

  public static Schema apply(Schema schema, Operation operation) {
    if (operation instanceof CreateTable create) {
      if (schema.table(create.table()).isPresent()) {
        throw new ReplayException("createTable: table \"" + create.table() + "\" already exists");
      }
      return schema.withTable(create.definition());
    }
    if (operation instanceof DropTable drop) {
      table(schema, drop.table(), "dropTable");
      return schema.withoutTable(drop.table());
    }
    if (operation instanceof AddColumn add) {
      Table table = table(schema, add.table(), "addColumn");
      if (table.column(add.column().name()).isPresent()) {
        throw new ReplayException("addColumn: column \"" + add.column().name() + "\" already exists in table \"" + add.table() + "\"");
      }
      Table changed = table.withColumn(add.column());
      if (add.unique()) {
        String name = UniqueConstraint.defaultName(add.table(), add.column().name());
        changed = changed.withUniqueConstraint(new UniqueConstraint(name, List.of(add.column().name())));
      }
      return schema.withTable(changed);
    }
    if (operation instanceof DropColumn drop) {
      Table table = table(schema, drop.table(), "dropColumn");
      column(table, drop.column(), "dropColumn");
      return schema.withTable(table.withoutColumn(drop.column()));
    }
    if (operation instanceof AlterColumnType alter) {
      Table table = table(schema, alter.table(), "alterColumnType");
      Column column = column(table, alter.column(), "alterColumnType");
      return schema.withTable(table.withColumn(column.withType(alter.newType())));
    }
    if (operation instanceof AlterColumnNullable alter) {
      Table table = table(schema, alter.table(), "alterColumnNullable");
      Column column = column(table, alter.column(), "alterColumnNullable");
      if (alter.nullable() && table.primaryKey().contains(alter.column())) {
        throw new ReplayException("alterColumnNullable: column \"" + alter.column()
            + "\" is part of the primary key of \"" + alter.table() + "\" and cannot be nullable");
      }
      return schema.withTable(table.withColumn(column.withNullable(alter.nullable())));
    }
    if (operation instanceof AlterColumnServerDefault alter) {
      Table table = table(schema, alter.table(), "alterColumnServerDefault");
      Column column = column(table, alter.column(), "alterColumnServerDefault");
      return schema.withTable(table.withColumn(column.withServerDefault(alter.expression())));
    }
    if (operation instanceof AddPrimaryKey add) {
      Table table = table(schema, add.table(), "createPrimaryKey");
      if (!table.primaryKey().isEmpty()) {
        throw new ReplayException("createPrimaryKey: table \"" + add.table() + "\" already has a primary key");
      }
      Table changed = table;
      for (String name : add.columns()) {
        changed = changed.withColumn(column(table, name, "createPrimaryKey").withNullable(false));
      }
      return schema.withTable(new Table(changed.name(), changed.columns(), add.columns(), changed.uniqueConstraints()));
    }
    if (operation instanceof AddUniqueConstraint add) {
      Table table = table(schema, add.table(), "addUniqueConstraint");
      if (table.uniqueConstraint(add.constraint().name()).isPresent()) {
        throw new ReplayException("addUniqueConstraint: constraint \"" + add.constraint().name() + "\" already exists");
      }
      for (String name : add.constraint().columns()) {
        column(table, name, "addUniqueConstraint");
      }
      return schema.withTable(table.withUniqueConstraint(add.constraint()));
    }
    if (operation instanceof DropConstraint drop) {
      Table table = table(schema, drop.table(), "dropConstraint");
      if (drop.name().equals(table.primaryKeyName()) && !table.primaryKey().isEmpty()) {
        return schema.withTable(new Table(table.name(), table.columns(), List.of(), table.uniqueConstraints()));
      }
      if (table.uniqueConstraint(drop.name()).isEmpty()) {
        throw new ReplayException("dropConstraint: table \"" + drop.table() + "\" has no constraint \"" + drop.name() + "\"");
      }
      return schema.withTable(table.withoutUniqueConstraint(drop.name()));
    }
    if (operation instanceof ExecuteSql) {
      return schema;
    }
    throw new IllegalArgumentException("unknown operation " + operation);
  }

  private static Table table(Schema schema, String name, String operation) {
    return schema.table(name).orElseThrow(
      () -> new ReplayException(operation + ": table \"" + name + "\" does not exist"));
  }

  private static Column column(Table table, String name, String operation) {
    return table.column(name).orElseThrow(() -> new ReplayException(
      operation + ": column \"" + name + "\" does not exist in table \"" + table.name() + "\""));
  }
}
