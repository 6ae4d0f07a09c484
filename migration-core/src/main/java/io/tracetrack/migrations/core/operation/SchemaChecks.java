package io.tracetrack.migrations.core.operation;

import io.tracetrack.migrations.core.schema.Column;
import io.tracetrack.migrations.core.schema.ElementKind;
import io.tracetrack.migrations.core.schema.EnumType;
import io.tracetrack.migrations.core.schema.ForeignKey;
import io.tracetrack.migrations.core.schema.Index;
import io.tracetrack.migrations.core.schema.Schema;
import io.tracetrack.migrations.core.schema.Table;
import io.tracetrack.migrations.core.schema.UniqueConstraint;
import java.util.List;
import java.util.Set;

/**
 * The checks operations make against the schema they apply to, worded as replay errors that name
 * the operation: what PostgreSQL would refuse, caught offline.
 */
final class SchemaChecks {

  private SchemaChecks() {}

  static Table table(Schema schema, String name, String operation) {
    return schema.table(name).orElseThrow(
        () -> new ReplayException(operation + ": table \"" + name + "\" does not exist"));
  }

  static Column column(Table table, String name, String operation) {
    return table.column(name).orElseThrow(() -> new ReplayException(
        operation + ": column \"" + name + "\" does not exist in table \"" + table.name() + "\""));
  }

  static EnumType enumType(Schema schema, String name, String operation) {
    return schema.enumType(name).orElseThrow(
        () -> new ReplayException(operation + ": type \"" + name + "\" does not exist"));
  }

  static void requireSchema(Schema schema, String table, String operation) {
    String namespace = Table.schemaOf(table);
    if (!namespace.equals(Table.DEFAULT_SCHEMA) && !schema.schemas().contains(namespace)) {
      throw new ReplayException(operation + ": schema \"" + namespace + "\" does not exist; create it first");
    }
  }

  /**
   * Fails when a name is taken by a relation of the table's schema: a table, an index, a standalone
   * element of any {@link ElementKind} (a sequence), or the index behind a primary key or unique
   * constraint (PostgreSQL keeps all of them in one namespace).
   */
  static void requireFreeRelationName(Schema schema, String table, String name, String operation) {
    String namespace = Table.schemaOf(table);
    // Asked for every table, index and key that replay creates: the schema's index answers it, and
    // only a name found taken has the tables visited, to name the first that holds it.
    if (schema.tablesHoldRelationName(namespace, name)) {
      for (Table other : schema.tables().values()) {
        if (Table.inSchema(other.name(), namespace) && other.relationNames().contains(name)) {
          throw new ReplayException(operation + ": the name \"" + name + "\" is already used by table \"" + other.name()
              + "\" or one of its indexes in schema \"" + namespace + "\"");
        }
      }
    }
    String qualified = Table.qualified(namespace, name);
    for (ElementKind<?> kind : Schema.KINDS) {
      if (schema.element(kind, qualified).isPresent()) {
        throw new ReplayException(operation + ": the name \"" + name + "\" is already used by " + kind.description()
            + " \"" + qualified + "\"");
      }
    }
  }

  /** Fails when a standalone element of any kind (a sequence) still lives in the PostgreSQL schema. */
  static void requireNoElementIn(Schema schema, String namespace, String operation) {
    for (ElementKind<?> kind : Schema.KINDS) {
      if (schema.elements(kind).keySet().stream().anyMatch(name -> Table.schemaOf(name).equals(namespace))) {
        throw new ReplayException(operation + ": schema \"" + namespace + "\" still holds a " + kind.description());
      }
    }
  }

  static void requireFreeConstraintName(Table table, String name, String operation) {
    boolean taken = (!table.primaryKey().isEmpty() && table.primaryKeyName().equals(name))
        || table.uniqueConstraint(name).isPresent() || table.foreignKey(name).isPresent()
        || table.checkConstraint(name).isPresent();
    if (taken) {
      throw new ReplayException(operation + ": constraint \"" + name + "\" already exists on table \"" + table.name() + "\"");
    }
  }

  /** Fails when a foreign key relies on the unique key over these columns that is about to go. */
  static void requireNotReferenced(Schema schema, Table table, List<String> columns, String name, String operation) {
    Set<String> set = Set.copyOf(columns);
    for (Table other : schema.tables().values()) {
      for (ForeignKey key : other.foreignKeys()) {
        if (key.referencedTable().equals(table.name()) && Set.copyOf(key.referencedColumns()).equals(set)) {
          throw new ReplayException(operation + ": \"" + name + "\" of \"" + table.name() + "\" is needed by foreign key \""
              + key.name() + "\" of \"" + other.name() + "\"; drop that first");
        }
      }
    }
  }

  /** Whether one of the table's foreign keys references {@code referenced}. */
  static boolean references(Table table, String referenced) {
    for (ForeignKey key : table.foreignKeys()) {
      if (key.referencedTable().equals(referenced)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the columns, as a set, are the table's primary key, a unique constraint or a full unique index. */
  static boolean hasUniqueKey(Table table, List<String> columns) {
    Set<String> wanted = Set.copyOf(columns);
    if (!table.primaryKey().isEmpty() && Set.copyOf(table.primaryKey()).equals(wanted)) {
      return true;
    }
    for (UniqueConstraint unique : table.uniqueConstraints()) {
      if (Set.copyOf(unique.columns()).equals(wanted)) {
        return true;
      }
    }
    for (Index index : table.indexes()) {
      if (index.unique() && index.where() == null && Set.copyOf(index.columnNames()).equals(wanted)) {
        return true;
      }
    }
    return false;
  }

  static void checkIdentity(Column column, String operation) {
    if (column.identity() == null) {
      return;
    }
    if (column.nullable()) {
      throw new ReplayException(operation + ": identity column \"" + column.name() + "\" must be NOT NULL");
    }
    if (!Set.of("smallint", "integer", "bigint").contains(column.type())) {
      throw new ReplayException(operation + ": identity column \"" + column.name() + "\" must be smallint, integer or bigint, not "
          + column.type());
    }
    if (column.serverDefault() != null) {
      throw new ReplayException(operation + ": identity column \"" + column.name() + "\" cannot have a server default");
    }
  }

  static List<String> replace(List<String> names, String from, String to) {
    return names.stream().map(n -> n.equals(from) ? to : n).toList();
  }
}
