package io.tracetrack.migrations.core.diff;

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
import io.tracetrack.migrations.core.operation.Operation.RenameColumn;
import io.tracetrack.migrations.core.operation.Operation.RenameConstraint;
import io.tracetrack.migrations.core.operation.Operation.RenameIndex;
import io.tracetrack.migrations.core.operation.Operation.RenameTable;
import io.tracetrack.migrations.core.operation.Operation.SetColumnComment;
import io.tracetrack.migrations.core.operation.Operation.SetTableComment;
import io.tracetrack.migrations.core.replay.SchemaReplayer;
import io.tracetrack.migrations.core.schema.CheckConstraint;
import io.tracetrack.migrations.core.schema.Column;
import io.tracetrack.migrations.core.schema.EnumType;
import io.tracetrack.migrations.core.schema.ForeignKey;
import io.tracetrack.migrations.core.schema.Index;
import io.tracetrack.migrations.core.schema.NamingConvention;
import io.tracetrack.migrations.core.schema.RenameHints;
import io.tracetrack.migrations.core.schema.Schema;
import io.tracetrack.migrations.core.schema.SqlExpressions;
import io.tracetrack.migrations.core.schema.SqlTypes;
import io.tracetrack.migrations.core.schema.Table;
import io.tracetrack.migrations.core.schema.UniqueConstraint;
import io.tracetrack.migrations.core.sql.PostgresSql;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Compares two schemas and lists the {@link Step}s from the first to the second, in an order
 * PostgreSQL accepts:
 *
 * <ol>
 *   <li>renames the entities ask for (tables, then columns), with the constraints and indexes named
 *       by the {@link NamingConvention} renamed along;
 *   <li>new schemas, new enum types and enum values;
 *   <li>foreign keys that go or change (so nothing they depend on is held);
 *   <li>per table, indexes, checks, unique constraints and primary keys that go or change;
 *   <li>new tables, without their foreign keys;
 *   <li>per table, columns added, dropped and changed, then keys, checks, indexes and comments added;
 *   <li>foreign keys added, once every table and key they need exists (so cycles need nothing more);
 *   <li>dropped tables, enum values, enum types and schemas.
 * </ol>
 *
 * Column order is not a difference; expressions (defaults, checks, index predicates) compare by
 * {@link SqlExpressions#normalize their normal form}. The result is deterministic: everything is
 * visited sorted by name.
 */
public final class SchemaDiff {
  private final List<Step> steps;

  private SchemaDiff(List<Step> steps) {
    this.steps = List.copyOf(steps);
  }

  public static SchemaDiff between(Schema from, Schema to) {
    return between(from, to, RenameHints.NONE);
  }

  /** The steps from one schema to another, renaming what the hints name instead of dropping and adding it. */
  public static SchemaDiff between(Schema from, Schema to, RenameHints hints) {
    List<Step> steps = new ArrayList<>();
    Schema current = renames(from, to, hints, steps);

    for (String namespace : to.schemas()) {
      if (!current.schemas().contains(namespace)) {
        steps.add(new Step(new CreateSchema(namespace), new DropSchema(namespace), null));
      }
    }
    List<Step> enumDrops = new ArrayList<>();
    for (EnumType type : to.enums().values()) {
      Optional<EnumType> before = current.enumType(type.name());
      if (before.isEmpty()) {
        steps.add(new Step(new CreateEnumType(type), new DropEnumType(type.name()), null));
      } else if (!before.get().equals(type)) {
        enumValues(before.get(), type, steps, enumDrops);
      }
    }

    Set<String> droppedKeys = new HashSet<>();
    for (Table table : current.tables().values()) {
      Optional<Table> after = to.table(table.name());
      for (ForeignKey key : table.foreignKeys()) {
        if (after.isEmpty() || !after.get().foreignKeys().contains(key) || dependencyChanges(current, to, key, table)) {
          steps.add(new Step(new DropConstraint(table.name(), key.name()), new AddForeignKey(table.name(), key), null));
          droppedKeys.add(table.name() + "\0" + key.name());
        }
      }
    }
    for (Table table : current.tables().values()) {
      to.table(table.name()).ifPresent(after -> dropChangedConstraints(table, after, steps));
    }
    for (Table table : to.tables().values()) {
      if (current.table(table.name()).isEmpty()) {
        steps.add(new Step(new CreateTable(table.withForeignKeys(List.of())), new DropTable(table.name()), null));
      }
    }
    for (Table table : current.tables().values()) {
      Optional<Table> after = to.table(table.name());
      if (after.isPresent()) {
        compareTable(current, to, table, after.get(), steps);
      }
    }
    for (Table table : to.tables().values()) {
      Optional<Table> before = current.table(table.name());
      for (ForeignKey key : table.foreignKeys()) {
        boolean kept = before.isPresent() && before.get().foreignKeys().contains(key)
            && !droppedKeys.contains(table.name() + "\0" + key.name());
        if (!kept) {
          steps.add(new Step(new AddForeignKey(table.name(), key), new DropConstraint(table.name(), key.name()), null));
        }
      }
    }
    for (Table table : current.tables().values()) {
      if (to.table(table.name()).isEmpty()) {
        steps.add(new Step(new DropTable(table.name()), new CreateTable(table.withForeignKeys(List.of())),
            "Drops table \"" + table.name() + "\" and all its rows"));
      }
    }
    steps.addAll(enumDrops);
    for (EnumType type : current.enums().values()) {
      if (to.enumType(type.name()).isEmpty()) {
        steps.add(new Step(new DropEnumType(type.name()), new CreateEnumType(type), null));
      }
    }
    for (String namespace : current.schemas()) {
      if (!to.schemas().contains(namespace)) {
        steps.add(new Step(new DropSchema(namespace), new CreateSchema(namespace), null));
      }
    }
    return new SchemaDiff(steps);
  }

  /** True when the two schemas are the same but for column order and the spelling of expressions. */
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

  // ---------------------------------------------------------------- renames

  /** Adds the rename steps the hints call for and returns the schema they lead to. */
  private static Schema renames(Schema from, Schema to, RenameHints hints, List<Step> steps) {
    Schema current = from;
    for (Map.Entry<String, String> hint : hints.tables().entrySet()) {
      String newName = hint.getKey();
      String oldName = hint.getValue();
      if (oldName.equals(newName) || current.table(oldName).isEmpty() || current.table(newName).isPresent()
          || to.table(newName).isEmpty() || to.table(oldName).isPresent()) {
        continue; // already applied, or not a rename between these two schemas
      }
      if (!Table.schemaOf(newName).equals(Table.schemaOf(oldName)) && !current.schemas().contains(Table.schemaOf(newName))
          && !Table.schemaOf(newName).equals(Table.DEFAULT_SCHEMA)) {
        current = record(current, steps, new Step(new CreateSchema(Table.schemaOf(newName)),
            new DropSchema(Table.schemaOf(newName)), null));
      }
      current = record(current, steps, new Step(new RenameTable(oldName, newName), new RenameTable(newName, oldName), null));
      Table table = current.table(newName).orElseThrow();
      for (Index index : table.indexes()) {
        if (index.name().equals(NamingConvention.index(oldName, index.columnNames()))) {
          current = renameIndex(current, newName, index.name(), NamingConvention.index(newName, index.columnNames()), steps);
        }
      }
      for (UniqueConstraint unique : table.uniqueConstraints()) {
        String conventional = conventionalUnique(oldName, unique.columns(), unique.name());
        if (conventional != null) {
          current = renameConstraint(current, newName, unique.name(), uniqueName(newName, unique.columns(), conventional), steps);
        }
      }
      for (ForeignKey key : table.foreignKeys()) {
        String refOld = key.referencedTable().equals(newName) ? oldName : key.referencedTable();
        if (key.name().equals(NamingConvention.foreignKey(oldName, key.columns(), refOld))) {
          current = renameConstraint(current, newName, key.name(),
              NamingConvention.foreignKey(newName, key.columns(), key.referencedTable()), steps);
        }
      }
      for (CheckConstraint check : table.checkConstraints()) {
        String prefix = "ck_" + Table.localName(oldName) + "_";
        if (check.name().startsWith(prefix)) {
          String suffix = check.name().substring(prefix.length());
          if (check.name().equals(NamingConvention.check(oldName, suffix))) {
            current = renameConstraint(current, newName, check.name(), NamingConvention.check(newName, suffix), steps);
          }
        }
      }
      for (Table other : List.copyOf(current.tables().values())) {
        if (other.name().equals(newName)) {
          continue;
        }
        for (ForeignKey key : other.foreignKeys()) {
          if (key.referencedTable().equals(newName) && key.name().equals(NamingConvention.foreignKey(other.name(), key.columns(), oldName))) {
            current = renameConstraint(current, other.name(), key.name(),
                NamingConvention.foreignKey(other.name(), key.columns(), newName), steps);
          }
        }
      }
    }
    for (Map.Entry<String, Map<String, String>> tableHints : hints.columns().entrySet()) {
      String tableName = tableHints.getKey();
      Optional<Table> target = to.table(tableName);
      if (target.isEmpty() || current.table(tableName).isEmpty()) {
        continue;
      }
      for (Map.Entry<String, String> hint : tableHints.getValue().entrySet()) {
        String newColumn = hint.getKey();
        String oldColumn = hint.getValue();
        Table table = current.table(tableName).orElseThrow();
        if (oldColumn.equals(newColumn) || table.column(oldColumn).isEmpty() || table.column(newColumn).isPresent()
            || target.get().column(newColumn).isEmpty() || target.get().column(oldColumn).isPresent()) {
          continue;
        }
        Table before = table;
        current = record(current, steps, new Step(new RenameColumn(tableName, oldColumn, newColumn),
            new RenameColumn(tableName, newColumn, oldColumn), null));
        Table after = current.table(tableName).orElseThrow();
        for (Index index : after.indexes()) {
          List<String> oldColumns = replace(index.columnNames(), newColumn, oldColumn);
          if (index.columnNames().contains(newColumn) && index.name().equals(NamingConvention.index(tableName, oldColumns))) {
            current = renameIndex(current, tableName, index.name(), NamingConvention.index(tableName, index.columnNames()), steps);
          }
        }
        for (UniqueConstraint unique : after.uniqueConstraints()) {
          List<String> oldColumns = replace(unique.columns(), newColumn, oldColumn);
          String conventional = unique.columns().contains(newColumn) ? conventionalUnique(tableName, oldColumns, unique.name()) : null;
          if (conventional != null) {
            current = renameConstraint(current, tableName, unique.name(),
                uniqueName(tableName, unique.columns(), conventional), steps);
          }
        }
        for (ForeignKey key : after.foreignKeys()) {
          List<String> oldColumns = replace(key.columns(), newColumn, oldColumn);
          if (key.columns().contains(newColumn)
              && key.name().equals(NamingConvention.foreignKey(tableName, oldColumns, key.referencedTable()))) {
            current = renameConstraint(current, tableName, key.name(),
                NamingConvention.foreignKey(tableName, key.columns(), key.referencedTable()), steps);
          }
        }
        if (before.checkConstraint(NamingConvention.check(tableName, oldColumn)).isPresent()
            && after.checkConstraint(NamingConvention.check(tableName, newColumn)).isEmpty()) {
          current = renameConstraint(current, tableName, NamingConvention.check(tableName, oldColumn),
              NamingConvention.check(tableName, newColumn), steps);
        }
      }
    }
    return current;
  }

  /** The conventional name of a unique constraint over these columns if {@code name} follows it (either form), else null. */
  private static String conventionalUnique(String table, List<String> columns, String name) {
    if (columns.size() == 1 && name.equals(NamingConvention.uniqueColumn(table, columns.get(0)))) {
      return "column";
    }
    if (name.equals(NamingConvention.unique(table, columns))) {
      return "uq";
    }
    return null;
  }

  private static String uniqueName(String table, List<String> columns, String form) {
    return form.equals("column") ? NamingConvention.uniqueColumn(table, columns.get(0)) : NamingConvention.unique(table, columns);
  }

  private static Schema renameConstraint(Schema current, String table, String from, String to, List<Step> steps) {
    if (from.equals(to)) {
      return current;
    }
    return record(current, steps, new Step(new RenameConstraint(table, from, to), new RenameConstraint(table, to, from), null));
  }

  private static Schema renameIndex(Schema current, String table, String from, String to, List<Step> steps) {
    if (from.equals(to)) {
      return current;
    }
    return record(current, steps, new Step(new RenameIndex(table, from, to), new RenameIndex(table, to, from), null));
  }

  private static Schema record(Schema current, List<Step> steps, Step step) {
    steps.add(step);
    return SchemaReplayer.apply(current, step.forward());
  }

  private static List<String> replace(List<String> names, String from, String to) {
    return names.stream().map(n -> n.equals(from) ? to : n).toList();
  }

  // ---------------------------------------------------------------- enums

  /** Steps that add the new values (now) and drop the old ones (into {@code drops}, for the end). */
  private static void enumValues(EnumType before, EnumType after, List<Step> steps, List<Step> drops) {
    List<String> common = before.values().stream().filter(after.values()::contains).toList();
    if (!common.equals(after.values().stream().filter(before.values()::contains).toList())) {
      throw new DiffException("The values of enum type \"" + before.name() + "\" change order, from " + before.values()
          + " to " + after.values() + ": PostgreSQL cannot reorder enum values; write this migration by hand");
    }
    for (int i = 0; i < after.values().size(); i++) {
      String value = after.values().get(i);
      if (before.values().contains(value)) {
        continue;
      }
      String next = null;
      for (int j = i + 1; j < after.values().size() && next == null; j++) {
        if (before.values().contains(after.values().get(j))) {
          next = after.values().get(j);
        }
      }
      steps.add(new Step(new AddEnumValue(after.name(), value, next), new DropEnumValue(after.name(), value), null));
    }
    for (int i = 0; i < before.values().size(); i++) {
      String value = before.values().get(i);
      if (after.values().contains(value)) {
        continue;
      }
      // On the way back the values after this one are in place again already: put it before the next.
      String next = i + 1 < before.values().size() ? before.values().get(i + 1) : null;
      drops.add(new Step(new DropEnumValue(before.name(), value), new AddEnumValue(before.name(), value, next),
          "Drops value '" + value + "' of enum type \"" + before.name() + "\": this fails while a row holds it"));
    }
  }

  // ---------------------------------------------------------------- tables

  /** Whether a kept foreign key must still be dropped and added again because what it relies on changes. */
  private static boolean dependencyChanges(Schema from, Schema to, ForeignKey key, Table table) {
    Optional<Table> targetBefore = from.table(key.referencedTable());
    Optional<Table> targetAfter = to.table(key.referencedTable());
    if (targetBefore.isEmpty() || targetAfter.isEmpty()) {
      return true;
    }
    Set<String> referenced = Set.copyOf(key.referencedColumns());
    Table before = targetBefore.get();
    Table after = targetAfter.get();
    if (Set.copyOf(before.primaryKey()).equals(referenced) && !before.primaryKey().equals(after.primaryKey())) {
      return true;
    }
    for (UniqueConstraint unique : before.uniqueConstraints()) {
      if (Set.copyOf(unique.columns()).equals(referenced) && !after.uniqueConstraints().contains(unique)) {
        return true;
      }
    }
    for (Index index : before.indexes()) {
      if (index.unique() && Set.copyOf(index.columnNames()).equals(referenced) && !containsIndex(after, index)) {
        return true;
      }
    }
    for (String column : key.referencedColumns()) {
      if (!Objects.equals(before.column(column).map(Column::type), after.column(column).map(Column::type))) {
        return true;
      }
    }
    Optional<Table> ownAfter = to.table(table.name());
    for (String column : key.columns()) {
      if (ownAfter.isEmpty()
          || !Objects.equals(table.column(column).map(Column::type), ownAfter.get().column(column).map(Column::type))) {
        return true;
      }
    }
    return false;
  }

  private static boolean containsIndex(Table table, Index index) {
    return table.index(index.name()).map(other -> sameIndex(other, index)).orElse(false);
  }

  private static boolean sameIndex(Index a, Index b) {
    return a.name().equals(b.name()) && a.columns().equals(b.columns()) && a.unique() == b.unique()
        && a.method().equals(b.method()) && SqlExpressions.same(a.where(), b.where());
  }

  private static boolean containsCheck(Table table, CheckConstraint check) {
    return table.checkConstraint(check.name()).map(c -> SqlExpressions.same(c.expression(), check.expression())).orElse(false);
  }

  private static void dropChangedConstraints(Table before, Table after, List<Step> steps) {
    String name = before.name();
    for (Index index : before.indexes()) {
      if (!containsIndex(after, index)) {
        steps.add(new Step(new DropIndex(name, index.name()), new CreateIndex(name, index), null));
      }
    }
    for (CheckConstraint check : before.checkConstraints()) {
      if (!containsCheck(after, check)) {
        steps.add(new Step(new DropConstraint(name, check.name()), new AddCheckConstraint(name, check), null));
      }
    }
    for (UniqueConstraint unique : before.uniqueConstraints()) {
      if (!after.uniqueConstraints().contains(unique)) {
        steps.add(new Step(new DropConstraint(name, unique.name()), new AddUniqueConstraint(name, unique), null));
      }
    }
    if (!before.primaryKey().equals(after.primaryKey()) && !before.primaryKey().isEmpty()) {
      steps.add(new Step(new DropConstraint(name, before.primaryKeyName()), new AddPrimaryKey(name, before.primaryKey()), null));
    }
  }

  private static void compareTable(Schema fromSchema, Schema toSchema, Table before, Table after, List<Step> steps) {
    String name = before.name();
    for (Column column : after.columns()) {
      if (before.column(column.name()).isEmpty()) {
        String warning = !column.nullable() && column.serverDefault() == null && column.identity() == null
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
      Optional<Column> changed = after.column(old.name());
      if (changed.isPresent()) {
        compareColumn(fromSchema, toSchema, name, old, changed.get(), steps);
      }
    }
    if (!before.primaryKey().equals(after.primaryKey()) && !after.primaryKey().isEmpty()) {
      steps.add(new Step(new AddPrimaryKey(name, after.primaryKey()), new DropConstraint(name, after.primaryKeyName()), null));
    }
    for (UniqueConstraint unique : after.uniqueConstraints()) {
      if (!before.uniqueConstraints().contains(unique)) {
        steps.add(new Step(new AddUniqueConstraint(name, unique), new DropConstraint(name, unique.name()), null));
      }
    }
    for (CheckConstraint check : after.checkConstraints()) {
      if (!containsCheck(before, check)) {
        steps.add(new Step(new AddCheckConstraint(name, check), new DropConstraint(name, check.name()),
            "Adds check constraint \"" + check.name() + "\" to \"" + name + "\": this fails while a row breaks it"));
      }
    }
    for (Index index : after.indexes()) {
      if (!containsIndex(before, index)) {
        steps.add(new Step(new CreateIndex(name, index), new DropIndex(name, index.name()), null));
      }
    }
    if (!Objects.equals(before.comment(), after.comment())) {
      steps.add(new Step(new SetTableComment(name, after.comment()), new SetTableComment(name, before.comment()), null));
    }
  }

  private static void compareColumn(Schema fromSchema, Schema toSchema, String table, Column old, Column changed,
      List<Step> steps) {
    String column = old.name();
    String currentDefault = old.serverDefault();
    boolean defaultChanges = !SqlExpressions.same(old.serverDefault(), changed.serverDefault());
    if (defaultChanges && changed.serverDefault() == null) {
      steps.add(new Step(new AlterColumnServerDefault(table, column, null),
          new AlterColumnServerDefault(table, column, old.serverDefault()), null));
      currentDefault = null;
    }
    if (old.identity() != null && changed.identity() == null) {
      steps.add(new Step(new AlterColumnIdentity(table, column, null, old.identity()),
          new AlterColumnIdentity(table, column, old.identity(), null), null));
    }
    if (!old.type().equals(changed.type())) {
      boolean enumInvolved = isEnum(fromSchema, old.type()) || isEnum(toSchema, changed.type())
          || isEnum(fromSchema, changed.type()) || isEnum(toSchema, old.type());
      if (enumInvolved && currentDefault != null) {
        // The default is typed too: PostgreSQL cannot convert it to or from an enum on its own.
        steps.add(new Step(new AlterColumnServerDefault(table, column, null),
            new AlterColumnServerDefault(table, column, currentDefault), null));
        currentDefault = null;
      }
      String forwardUsing = enumInvolved ? PostgresSql.quote(column) + "::text::" + changed.type() : null;
      String backwardUsing = enumInvolved ? PostgresSql.quote(column) + "::text::" + old.type() : null;
      boolean narrowing = SqlTypes.isNarrowing(old.type(), changed.type());
      steps.add(new Step(new AlterColumnType(table, column, changed.type(), forwardUsing),
          new AlterColumnType(table, column, old.type(), backwardUsing),
          (narrowing ? "Narrows" : "Changes") + " the type of \"" + table + "\".\"" + column + "\" from " + old.type()
              + " to " + changed.type() + ": check that every existing value converts"
              + (narrowing ? " and fits" : "")));
    }
    if (changed.serverDefault() != null && !SqlExpressions.same(currentDefault, changed.serverDefault())) {
      steps.add(new Step(new AlterColumnServerDefault(table, column, changed.serverDefault()),
          new AlterColumnServerDefault(table, column, currentDefault), null));
    }
    if (old.nullable() != changed.nullable()) {
      String warning = changed.nullable() ? null
          : "Sets \"" + table + "\".\"" + column + "\" NOT NULL: this fails while any row holds NULL there";
      steps.add(new Step(new AlterColumnNullable(table, column, changed.nullable()),
          new AlterColumnNullable(table, column, old.nullable()), warning));
    }
    if (changed.identity() != null && !changed.identity().equals(old.identity())) {
      steps.add(new Step(new AlterColumnIdentity(table, column, changed.identity(), old.identity()),
          new AlterColumnIdentity(table, column, old.identity(), changed.identity()), null));
    }
    if (!Objects.equals(old.comment(), changed.comment())) {
      steps.add(new Step(new SetColumnComment(table, column, changed.comment()),
          new SetColumnComment(table, column, old.comment()), null));
    }
  }

  private static boolean isEnum(Schema schema, String type) {
    return schema.enums().containsKey(SqlTypes.elementType(type));
  }
}
