package io.tracetrack.migrations.core.diff;

import io.tracetrack.migrations.core.operation.NamespaceOperation.CreateSchema;
import io.tracetrack.migrations.core.operation.NamespaceOperation.DropSchema;
import io.tracetrack.migrations.core.operation.ColumnOperation.RenameColumn;
import io.tracetrack.migrations.core.operation.ConstraintOperation.RenameConstraint;
import io.tracetrack.migrations.core.operation.IndexOperation.RenameIndex;
import io.tracetrack.migrations.core.operation.TableOperation.RenameTable;
import io.tracetrack.migrations.core.replay.SchemaReplayer;
import io.tracetrack.migrations.core.schema.CheckConstraint;
import io.tracetrack.migrations.core.schema.ForeignKey;
import io.tracetrack.migrations.core.schema.Index;
import io.tracetrack.migrations.core.schema.IndexKeys;
import io.tracetrack.migrations.core.schema.NamingConvention;
import io.tracetrack.migrations.core.schema.RenameHints;
import io.tracetrack.migrations.core.schema.Schema;
import io.tracetrack.migrations.core.schema.Table;
import io.tracetrack.migrations.core.schema.UniqueConstraint;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The renames the entities' hints ask for (enum types and values, tables, then columns, with the
 * constraints and indexes named by the {@link NamingConvention} renamed along, then the indexes and
 * constraints hinted by name), so the rest of the diff sees them in place.
 */
final class RenameSteps {

  private RenameSteps() {}

  /** Adds the rename steps the hints call for and returns the schema they lead to. */
  static Schema add(Schema from, Schema to, RenameHints hints, List<Step> steps) {
    Schema current = EnumRenameSteps.add(from, to, hints, steps);
    for (Map.Entry<String, String> hint : hints.tables().entrySet()) {
      String newName = hint.getKey();
      String oldName = hint.getValue();
      if (oldName.equals(newName) || current.table(oldName).isEmpty() || current.table(newName).isPresent()
          || to.table(newName).isEmpty() || to.table(oldName).isPresent()) {
        continue; // already applied, or not a rename between these two schemas
      }
      current = renameTable(current, oldName, newName, steps);
    }
    for (Map.Entry<String, Map<String, String>> tableHints : hints.columns().entrySet()) {
      current = renameColumns(current, to, tableHints.getKey(), tableHints.getValue(), steps);
    }
    for (Map.Entry<String, Map<String, String>> tableHints : hints.indexes().entrySet()) {
      current = renameHinted(current, to, tableHints.getKey(), tableHints.getValue(), Table::index, RenameSteps::renameIndex, steps);
    }
    for (Map.Entry<String, Map<String, String>> tableHints : hints.constraints().entrySet()) {
      current = renameHinted(current, to, tableHints.getKey(), tableHints.getValue(),
          (table, name) -> table.uniqueConstraint(name).map(Object.class::cast).or(() -> table.checkConstraint(name)),
          RenameSteps::renameConstraint, steps);
    }
    return current;
  }

  /** How a table's element is found by name, and how one is renamed. */
  private interface Lookup {
    Optional<?> find(Table table, String name);
  }

  private interface Renamer {
    Schema rename(Schema current, String table, String from, String to, List<Step> steps);
  }

  /** Renames the indexes or constraints a table's hints name, where the old name is still there and the new one is wanted. */
  private static Schema renameHinted(Schema schema, Schema to, String tableName, Map<String, String> hints, Lookup lookup,
      Renamer renamer, List<Step> steps) {
    Schema current = schema;
    Optional<Table> target = to.table(tableName);
    for (Map.Entry<String, String> hint : hints.entrySet()) {
      Optional<Table> table = current.table(tableName);
      String newName = hint.getKey();
      String oldName = hint.getValue();
      if (table.isEmpty() || target.isEmpty() || lookup.find(table.get(), oldName).isEmpty()
          || lookup.find(table.get(), newName).isPresent() || lookup.find(target.get(), newName).isEmpty()
          || lookup.find(target.get(), oldName).isPresent()) {
        continue; // already applied, or not a rename between these two schemas
      }
      current = renamer.rename(current, tableName, oldName, newName, steps);
    }
    return current;
  }

  /** Renames a table, and the indexes and constraints named after it by the convention. */
  private static Schema renameTable(Schema schema, String oldName, String newName, List<Step> steps) {
    Schema current = schema;
    if (!Table.schemaOf(newName).equals(Table.schemaOf(oldName)) && !current.schemas().contains(Table.schemaOf(newName))
        && !Table.schemaOf(newName).equals(Table.DEFAULT_SCHEMA)) {
      current = record(current, steps, new Step(new CreateSchema(Table.schemaOf(newName)),
          new DropSchema(Table.schemaOf(newName)), null));
    }
    current = record(current, steps, new Step(new RenameTable(oldName, newName), new RenameTable(newName, oldName), null));
    Table table = current.table(newName).orElseThrow();
    for (Index index : table.indexes()) {
      List<String> nameParts = index.columns().stream().map(IndexKeys::namePart).toList();
      if (index.name().equals(NamingConvention.index(oldName, nameParts))) {
        current = renameIndex(current, newName, index.name(), NamingConvention.index(newName, nameParts), steps);
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
    return current;
  }

  /** Renames the columns a table's hints name, and the indexes and constraints named after them. */
  private static Schema renameColumns(Schema schema, Schema to, String tableName, Map<String, String> hints,
      List<Step> steps) {
    Schema current = schema;
    Optional<Table> target = to.table(tableName);
    if (target.isEmpty() || current.table(tableName).isEmpty()) {
      return current;
    }
    for (Map.Entry<String, String> hint : hints.entrySet()) {
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

  static Schema record(Schema current, List<Step> steps, Step step) {
    steps.add(step);
    return SchemaReplayer.apply(current, step.forward());
  }

  private static List<String> replace(List<String> names, String from, String to) {
    return names.stream().map(n -> n.equals(from) ? to : n).toList();
  }
}
