package io.tracetrack.migrations.core.diff;

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
import io.tracetrack.migrations.core.schema.Column;
import io.tracetrack.migrations.core.schema.Schema;
import io.tracetrack.migrations.core.schema.Table;
import io.tracetrack.migrations.core.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Compares two schemas and lists the {@link Step}s from the first to the second, in an order
 * PostgreSQL accepts: new tables first, then per table constraint drops, column additions and
 * drops, column changes and constraint additions, and dropped tables last. Column order is not a
 * difference. The result is deterministic: tables and constraints are visited sorted by name.
 */
public final class SchemaDiff {
  private final List<Step> steps;

  private SchemaDiff(List<Step> steps) {
    this.steps = List.copyOf(steps);
  }

  public static SchemaDiff between(Schema from, Schema to) {
    List<Step> steps = new ArrayList<>();
    for (Table table : to.tables().values()) {
      if (from.table(table.name()).isEmpty()) {
        steps.add(new Step(new CreateTable(table), new DropTable(table.name()), null));
      }
    }
    for (Table before : from.tables().values()) {
      Optional<Table> after = to.table(before.name());
      after.ifPresent(table -> compareTable(before, table, steps));
    }
    for (Table table : from.tables().values()) {
      if (to.table(table.name()).isEmpty()) {
        steps.add(new Step(new DropTable(table.name()), new CreateTable(table),
            "Drops table \"" + table.name() + "\" and all its rows"));
      }
    }
    return new SchemaDiff(steps);
  }

  /** True when the two schemas are the same but for column order. */
  public static boolean equivalent(Schema a, Schema b) {
    return between(a, b).isEmpty();
  }

  public boolean isEmpty() {
    return steps.isEmpty();
  }

  public List<Step> steps() {
    return steps;
  }

  /** The operations that turn the first schema into the second. */
  public List<Operation> upgrade() {
    return steps.stream().map(Step::forward).toList();
  }

  /** The operations that turn the second schema back into the first: the inverses, last first. */
  public List<Operation> downgrade() {
    List<Operation> operations = new ArrayList<>(steps.stream().map(Step::backward).toList());
    Collections.reverse(operations);
    return List.copyOf(operations);
  }

  public List<String> warnings() {
    return steps.stream().map(Step::warning).filter(Objects::nonNull).toList();
  }

  private static void compareTable(Table before, Table after, List<Step> steps) {
    String name = before.name();
    for (UniqueConstraint unique : before.uniqueConstraints()) {
      if (!after.uniqueConstraints().contains(unique)) {
        steps.add(new Step(new DropConstraint(name, unique.name()), new AddUniqueConstraint(name, unique), null));
      }
    }
    boolean keyChanged = !before.primaryKey().equals(after.primaryKey());
    if (keyChanged && !before.primaryKey().isEmpty()) {
      steps.add(new Step(new DropConstraint(name, before.primaryKeyName()), new AddPrimaryKey(name, before.primaryKey()), null));
    }
    for (Column column : after.columns()) {
      if (before.column(column.name()).isEmpty()) {
        String warning = !column.nullable() && column.serverDefault() == null
            ? "Adds NOT NULL column \"" + column.name() + "\" to \"" + name + "\" without a server default:"
                + " this fails if the table has rows; give it a server default, or add it nullable, fill it, then set NOT NULL"
            : null;
        steps.add(new Step(new AddColumn(name, column, false), new DropColumn(name, column.name()), warning));
      }
    }
    for (Column column : before.columns()) {
      if (after.column(column.name()).isEmpty()) {
        steps.add(new Step(new DropColumn(name, column.name()), new AddColumn(name, column, false),
            "Drops column \"" + column.name() + "\" of \"" + name + "\" and its data"));
      }
    }
    for (Column old : before.columns()) {
      after.column(old.name()).ifPresent(changed -> compareColumn(name, old, changed, steps));
    }
    if (keyChanged && !after.primaryKey().isEmpty()) {
      steps.add(new Step(new AddPrimaryKey(name, after.primaryKey()), new DropConstraint(name, after.primaryKeyName()), null));
    }
    for (UniqueConstraint unique : after.uniqueConstraints()) {
      if (!before.uniqueConstraints().contains(unique)) {
        steps.add(new Step(new AddUniqueConstraint(name, unique), new DropConstraint(name, unique.name()), null));
      }
    }
  }

  private static void compareColumn(String table, Column old, Column changed, List<Step> steps) {
    String column = old.name();
    if (!old.type().equals(changed.type())) {
      steps.add(new Step(new AlterColumnType(table, column, changed.type()), new AlterColumnType(table, column, old.type()),
          "Changes the type of \"" + table + "\".\"" + column + "\" from " + old.type() + " to " + changed.type()
              + ": check that every existing value converts"));
    }
    if (!Objects.equals(old.serverDefault(), changed.serverDefault())) {
      steps.add(new Step(new AlterColumnServerDefault(table, column, changed.serverDefault()),
          new AlterColumnServerDefault(table, column, old.serverDefault()), null));
    }
    if (old.nullable() != changed.nullable()) {
      String warning = changed.nullable() ? null
          : "Sets \"" + table + "\".\"" + column + "\" NOT NULL: this fails while any row holds NULL there";
      steps.add(new Step(new AlterColumnNullable(table, column, changed.nullable()),
          new AlterColumnNullable(table, column, old.nullable()), warning));
    }
  }
}
