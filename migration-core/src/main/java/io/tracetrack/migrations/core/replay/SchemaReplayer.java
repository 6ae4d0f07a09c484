package io.tracetrack.migrations.core.replay;

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
import io.tracetrack.migrations.core.schema.EnumType;
import io.tracetrack.migrations.core.schema.ForeignKey;
import io.tracetrack.migrations.core.schema.Index;
import io.tracetrack.migrations.core.schema.Schema;
import io.tracetrack.migrations.core.schema.SqlExpressions;
import io.tracetrack.migrations.core.schema.SqlTypes;
import io.tracetrack.migrations.core.schema.Table;
import io.tracetrack.migrations.core.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Applies operations to a {@link Schema}, checking each against it the way PostgreSQL would, so a
 * migration that could not run is caught offline: missing or duplicate tables, columns, indexes
 * and constraints, names taken in the schema, foreign keys without a unique target, drops that
 * other objects depend on, enum types still in use.
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
      return createTable(schema, create.definition());
    }
    if (operation instanceof DropTable drop) {
      table(schema, drop.table(), "dropTable");
      for (Table other : schema.tables().values()) {
        for (ForeignKey key : other.foreignKeys()) {
          if (key.referencedTable().equals(drop.table()) && !other.name().equals(drop.table())) {
            throw new ReplayException("dropTable: table \"" + drop.table() + "\" is referenced by foreign key \""
                + key.name() + "\" of \"" + other.name() + "\"; drop that first");
          }
        }
      }
      return schema.withoutTable(drop.table());
    }
    if (operation instanceof AddColumn add) {
      Table table = table(schema, add.table(), "addColumn");
      if (table.column(add.column().name()).isPresent()) {
        throw new ReplayException("addColumn: column \"" + add.column().name() + "\" already exists in table \"" + add.table() + "\"");
      }
      checkIdentity(add.column(), "addColumn");
      Table changed = table.withColumn(add.column());
      if (add.unique()) {
        String name = UniqueConstraint.defaultName(add.table(), add.column().name());
        requireFreeRelationName(schema, add.table(), name, "addColumn");
        changed = changed.withUniqueConstraint(new UniqueConstraint(name, List.of(add.column().name())));
      }
      return schema.withTable(changed);
    }
    if (operation instanceof DropColumn drop) {
      Table table = table(schema, drop.table(), "dropColumn");
      column(table, drop.column(), "dropColumn");
      for (Table other : schema.tables().values()) {
        for (ForeignKey key : other.foreignKeys()) {
          if (key.referencedTable().equals(drop.table()) && key.referencedColumns().contains(drop.column())
              && !(other.name().equals(drop.table()) && key.columns().contains(drop.column()))) {
            throw new ReplayException("dropColumn: column \"" + drop.column() + "\" of \"" + drop.table()
                + "\" is referenced by foreign key \"" + key.name() + "\" of \"" + other.name() + "\"; drop that first");
          }
        }
      }
      Table without = table.withoutColumn(drop.column());
      // PostgreSQL also drops the checks and partial indexes whose expressions use the column.
      List<CheckConstraint> checks = new ArrayList<>(without.checkConstraints());
      checks.removeIf(c -> SqlExpressions.mentions(c.expression(), drop.column()));
      List<Index> indexes = new ArrayList<>(without.indexes());
      indexes.removeIf(i -> i.where() != null && SqlExpressions.mentions(i.where(), drop.column()));
      return schema.withTable(without.withCheckConstraints(checks).withIndexes(indexes));
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
      if (alter.nullable() && column.identity() != null) {
        throw new ReplayException("alterColumnNullable: column \"" + alter.column() + "\" of \"" + alter.table()
            + "\" is an identity column and cannot be nullable");
      }
      return schema.withTable(table.withColumn(column.withNullable(alter.nullable())));
    }
    if (operation instanceof AlterColumnServerDefault alter) {
      Table table = table(schema, alter.table(), "alterColumnServerDefault");
      Column column = column(table, alter.column(), "alterColumnServerDefault");
      if (alter.expression() != null && column.identity() != null) {
        throw new ReplayException("alterColumnServerDefault: column \"" + alter.column() + "\" of \"" + alter.table()
            + "\" is an identity column and cannot have a default");
      }
      return schema.withTable(table.withColumn(column.withServerDefault(alter.expression())));
    }
    if (operation instanceof AddPrimaryKey add) {
      Table table = table(schema, add.table(), "createPrimaryKey");
      if (!table.primaryKey().isEmpty()) {
        throw new ReplayException("createPrimaryKey: table \"" + add.table() + "\" already has a primary key");
      }
      requireFreeRelationName(schema, add.table(), table.primaryKeyName(), "createPrimaryKey");
      Table changed = table;
      for (String name : add.columns()) {
        changed = changed.withColumn(column(table, name, "createPrimaryKey").withNullable(false));
      }
      return schema.withTable(changed.withPrimaryKey(add.columns()));
    }
    if (operation instanceof AddUniqueConstraint add) {
      Table table = table(schema, add.table(), "addUniqueConstraint");
      if (table.uniqueConstraint(add.constraint().name()).isPresent()) {
        throw new ReplayException("addUniqueConstraint: constraint \"" + add.constraint().name() + "\" already exists");
      }
      requireFreeRelationName(schema, add.table(), add.constraint().name(), "addUniqueConstraint");
      for (String name : add.constraint().columns()) {
        column(table, name, "addUniqueConstraint");
      }
      return schema.withTable(table.withUniqueConstraint(add.constraint()));
    }
    if (operation instanceof DropConstraint drop) {
      return dropConstraint(schema, drop);
    }
    if (operation instanceof CreateIndex create) {
      Table table = table(schema, create.table(), "createIndex");
      requireFreeRelationName(schema, create.table(), create.index().name(), "createIndex");
      for (String name : create.index().columnNames()) {
        column(table, name, "createIndex");
      }
      return schema.withTable(table.withIndex(create.index()));
    }
    if (operation instanceof DropIndex drop) {
      Table table = table(schema, drop.table(), "dropIndex");
      if (table.index(drop.name()).isEmpty()) {
        throw new ReplayException("dropIndex: table \"" + drop.table() + "\" has no index \"" + drop.name() + "\"");
      }
      requireNotReferenced(schema, table, table.index(drop.name()).get().columnNames(), drop.name(), "dropIndex");
      return schema.withTable(table.withoutIndex(drop.name()));
    }
    if (operation instanceof AddForeignKey add) {
      return schema.withTable(addForeignKey(schema, table(schema, add.table(), "addForeignKey"), add.foreignKey()));
    }
    if (operation instanceof AddCheckConstraint add) {
      Table table = table(schema, add.table(), "addCheckConstraint");
      requireFreeConstraintName(table, add.check().name(), "addCheckConstraint");
      return schema.withTable(table.withCheckConstraint(add.check()));
    }
    if (operation instanceof RenameTable rename) {
      return renameTable(schema, rename);
    }
    if (operation instanceof RenameColumn rename) {
      return renameColumn(schema, rename);
    }
    if (operation instanceof RenameConstraint rename) {
      return renameConstraint(schema, rename);
    }
    if (operation instanceof RenameIndex rename) {
      Table table = table(schema, rename.table(), "renameIndex");
      Index index = table.index(rename.name()).orElseThrow(() -> new ReplayException(
          "renameIndex: table \"" + rename.table() + "\" has no index \"" + rename.name() + "\""));
      requireFreeRelationName(schema, rename.table(), rename.newName(), "renameIndex");
      return schema.withTable(table.withoutIndex(rename.name()).withIndex(index.withName(rename.newName())));
    }
    if (operation instanceof SetTableComment comment) {
      return schema.withTable(table(schema, comment.table(), "setTableComment").withComment(comment.comment()));
    }
    if (operation instanceof SetColumnComment comment) {
      Table table = table(schema, comment.table(), "setColumnComment");
      return schema.withTable(table.withColumn(column(table, comment.column(), "setColumnComment").withComment(comment.comment())));
    }
    if (operation instanceof AlterColumnIdentity alter) {
      Table table = table(schema, alter.table(), "alterColumnIdentity");
      Column column = column(table, alter.column(), "alterColumnIdentity");
      if (!java.util.Objects.equals(column.identity(), alter.previous())) {
        throw new ReplayException("alterColumnIdentity: column \"" + alter.column() + "\" of \"" + alter.table() + "\" is "
            + describeIdentity(column.identity()) + ", not " + describeIdentity(alter.previous()));
      }
      Column changed = column.withIdentity(alter.identity());
      if (alter.identity() != null && column.serverDefault() != null) {
        throw new ReplayException("alterColumnIdentity: column \"" + alter.column() + "\" of \"" + alter.table()
            + "\" has a server default; drop it first");
      }
      checkIdentity(changed, "alterColumnIdentity");
      return schema.withTable(table.withColumn(changed));
    }
    if (operation instanceof CreateEnumType create) {
      if (schema.enumType(create.type().name()).isPresent()) {
        throw new ReplayException("createEnumType: type \"" + create.type().name() + "\" already exists");
      }
      return schema.withEnum(create.type());
    }
    if (operation instanceof DropEnumType drop) {
      enumType(schema, drop.name(), "dropEnumType");
      for (Table table : schema.tables().values()) {
        for (Column column : table.columns()) {
          if (SqlTypes.elementType(column.type()).equals(drop.name())) {
            throw new ReplayException("dropEnumType: type \"" + drop.name() + "\" is used by column \"" + column.name()
                + "\" of \"" + table.name() + "\"");
          }
        }
      }
      return schema.withoutEnum(drop.name());
    }
    if (operation instanceof AddEnumValue add) {
      EnumType type = enumType(schema, add.type(), "addEnumValue");
      if (type.values().contains(add.value())) {
        throw new ReplayException("addEnumValue: type \"" + add.type() + "\" already has value \"" + add.value() + "\"");
      }
      List<String> values = new ArrayList<>(type.values());
      if (add.before() == null) {
        values.add(add.value());
      } else {
        int at = values.indexOf(add.before());
        if (at < 0) {
          throw new ReplayException("addEnumValue: type \"" + add.type() + "\" has no value \"" + add.before() + "\"");
        }
        values.add(at, add.value());
      }
      return schema.withEnum(new EnumType(type.name(), values));
    }
    if (operation instanceof DropEnumValue drop) {
      EnumType type = enumType(schema, drop.type(), "dropEnumValue");
      if (!type.values().contains(drop.value())) {
        throw new ReplayException("dropEnumValue: type \"" + drop.type() + "\" has no value \"" + drop.value() + "\"");
      }
      if (type.values().size() == 1) {
        throw new ReplayException("dropEnumValue: \"" + drop.value() + "\" is the last value of \"" + drop.type()
            + "\"; drop the type instead");
      }
      List<String> values = new ArrayList<>(type.values());
      values.remove(drop.value());
      return schema.withEnum(new EnumType(type.name(), values));
    }
    if (operation instanceof CreateSchema create) {
      if (create.name().equals(Table.DEFAULT_SCHEMA) || schema.schemas().contains(create.name())) {
        throw new ReplayException("createSchema: schema \"" + create.name() + "\" already exists");
      }
      Set<String> schemas = new HashSet<>(schema.schemas());
      schemas.add(create.name());
      return schema.withSchemas(schemas);
    }
    if (operation instanceof DropSchema drop) {
      if (!schema.schemas().contains(drop.name())) {
        throw new ReplayException("dropSchema: schema \"" + drop.name() + "\" does not exist");
      }
      for (Table table : schema.tables().values()) {
        if (table.schemaName().equals(drop.name())) {
          throw new ReplayException("dropSchema: schema \"" + drop.name() + "\" still holds table \"" + table.name() + "\"");
        }
      }
      Set<String> schemas = new HashSet<>(schema.schemas());
      schemas.remove(drop.name());
      return schema.withSchemas(schemas);
    }
    if (operation instanceof ExecuteSql || operation instanceof Operation.RunJava) {
      return schema;
    }
    throw new IllegalArgumentException("unknown operation " + operation);
  }

  private static Schema createTable(Schema schema, Table definition) {
    String name = definition.name();
    if (schema.table(name).isPresent()) {
      throw new ReplayException("createTable: table \"" + name + "\" already exists");
    }
    requireSchema(schema, name, "createTable");
    requireFreeRelationName(schema, name, Table.localName(name), "createTable");
    Set<String> names = new HashSet<>();
    for (Column column : definition.columns()) {
      if (!names.add(column.name())) {
        throw new ReplayException("createTable: column \"" + column.name() + "\" is declared twice in \"" + name + "\"");
      }
      checkIdentity(column, "createTable");
    }
    for (String key : definition.primaryKey()) {
      if (definition.column(key).map(Column::nullable).orElse(true)) {
        throw new ReplayException("createTable: primary key column \"" + key + "\" of \"" + name + "\" is missing or nullable");
      }
    }
    Table empty = definition.withIndexes(List.of()).withForeignKeys(List.of()).withCheckConstraints(List.of())
        .withUniqueConstraints(List.of()).withPrimaryKey(List.of());
    Schema result = schema.withTable(empty);
    if (!definition.primaryKey().isEmpty()) {
      result = apply(result, new AddPrimaryKey(name, definition.primaryKey()));
    }
    for (UniqueConstraint unique : definition.uniqueConstraints()) {
      result = apply(result, new AddUniqueConstraint(name, unique));
    }
    for (CheckConstraint check : definition.checkConstraints()) {
      result = apply(result, new AddCheckConstraint(name, check));
    }
    for (Index index : definition.indexes()) {
      result = apply(result, new CreateIndex(name, index));
    }
    for (ForeignKey key : definition.foreignKeys()) {
      result = apply(result, new AddForeignKey(name, key));
    }
    return result;
  }

  private static Table addForeignKey(Schema schema, Table table, ForeignKey key) {
    requireFreeConstraintName(table, key.name(), "addForeignKey");
    for (String name : key.columns()) {
      column(table, name, "addForeignKey");
    }
    // A key on its own table sees the table as it is being changed.
    Table target = key.referencedTable().equals(table.name()) ? table
        : table(schema, key.referencedTable(), "addForeignKey (referenced table)");
    for (String name : key.referencedColumns()) {
      column(target, name, "addForeignKey (referenced column)");
    }
    if (!hasUniqueKey(target, key.referencedColumns())) {
      throw new ReplayException("addForeignKey: there is no unique constraint matching the referenced columns "
          + key.referencedColumns() + " of \"" + target.name() + "\"");
    }
    return table.withForeignKey(key);
  }

  /** Whether the columns, as a set, are the table's primary key, a unique constraint or a full unique index. */
  private static boolean hasUniqueKey(Table table, List<String> columns) {
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

  /** Fails when a foreign key relies on the unique key over these columns that is about to go. */
  private static void requireNotReferenced(Schema schema, Table table, List<String> columns, String name, String operation) {
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

  private static Schema dropConstraint(Schema schema, DropConstraint drop) {
    Table table = table(schema, drop.table(), "dropConstraint");
    if (drop.name().equals(table.primaryKeyName()) && !table.primaryKey().isEmpty()) {
      requireNotReferenced(schema, table, table.primaryKey(), drop.name(), "dropConstraint");
      return schema.withTable(table.withPrimaryKey(List.of()));
    }
    if (table.uniqueConstraint(drop.name()).isPresent()) {
      requireNotReferenced(schema, table, table.uniqueConstraint(drop.name()).get().columns(), drop.name(), "dropConstraint");
      return schema.withTable(table.withoutUniqueConstraint(drop.name()));
    }
    if (table.foreignKey(drop.name()).isPresent()) {
      return schema.withTable(table.withoutForeignKey(drop.name()));
    }
    if (table.checkConstraint(drop.name()).isPresent()) {
      return schema.withTable(table.withoutCheckConstraint(drop.name()));
    }
    throw new ReplayException("dropConstraint: table \"" + drop.table() + "\" has no constraint \"" + drop.name() + "\"");
  }

  private static Schema renameTable(Schema schema, RenameTable rename) {
    Table table = table(schema, rename.table(), "renameTable");
    String newName = rename.newName();
    if (schema.table(newName).isPresent()) {
      throw new ReplayException("renameTable: table \"" + newName + "\" already exists");
    }
    requireSchema(schema, newName, "renameTable");
    requireFreeRelationName(schema, newName, Table.localName(newName), "renameTable");
    Schema result = schema.withoutTable(table.name()).withTable(repointForeignKeys(table.withName(newName), rename.table(), newName));
    for (Table other : result.tables().values()) {
      if (!other.name().equals(newName)) {
        result = result.withTable(repointForeignKeys(other, rename.table(), newName));
      }
    }
    return result;
  }

  private static Table repointForeignKeys(Table table, String from, String to) {
    List<ForeignKey> keys = table.foreignKeys().stream()
        .map(k -> k.referencedTable().equals(from) ? k.withReferencedTable(to) : k).toList();
    return table.withForeignKeys(keys);
  }

  private static Schema renameColumn(Schema schema, RenameColumn rename) {
    Table table = table(schema, rename.table(), "renameColumn");
    Column column = column(table, rename.column(), "renameColumn");
    if (table.column(rename.newName()).isPresent()) {
      throw new ReplayException("renameColumn: column \"" + rename.newName() + "\" already exists in table \"" + rename.table() + "\"");
    }
    String from = rename.column();
    String to = rename.newName();
    List<Column> columns = table.columns().stream().map(c -> c == column ? c.withName(to) : c).toList();
    Table changed = table.withColumns(columns)
        .withPrimaryKey(replace(table.primaryKey(), from, to))
        .withUniqueConstraints(table.uniqueConstraints().stream()
            .map(u -> new UniqueConstraint(u.name(), replace(u.columns(), from, to))).toList())
        .withIndexes(table.indexes().stream().map(i -> {
          Index renamed = i.withColumnRenamed(from, to);
          return i.where() == null ? renamed
              : new Index(renamed.name(), renamed.columns(), renamed.unique(), renamed.method(), SqlExpressions.renameIdentifier(i.where(), from, to));
        }).toList())
        .withCheckConstraints(table.checkConstraints().stream()
            .map(c -> new CheckConstraint(c.name(), SqlExpressions.renameIdentifier(c.expression(), from, to))).toList())
        .withForeignKeys(table.foreignKeys().stream().map(k -> new ForeignKey(k.name(), replace(k.columns(), from, to),
            k.referencedTable(), k.referencedTable().equals(table.name()) ? replace(k.referencedColumns(), from, to) : k.referencedColumns(),
            k.onDelete(), k.onUpdate())).toList());
    Schema result = schema.withTable(changed);
    for (Table other : result.tables().values()) {
      if (other.name().equals(table.name())) {
        continue;
      }
      List<ForeignKey> keys = other.foreignKeys().stream().map(k -> k.referencedTable().equals(table.name())
          ? new ForeignKey(k.name(), k.columns(), k.referencedTable(), replace(k.referencedColumns(), from, to), k.onDelete(), k.onUpdate())
          : k).toList();
      result = result.withTable(other.withForeignKeys(keys));
    }
    return result;
  }

  private static Schema renameConstraint(Schema schema, RenameConstraint rename) {
    Table table = table(schema, rename.table(), "renameConstraint");
    String from = rename.name();
    String to = rename.newName();
    if (table.uniqueConstraint(from).isPresent()) {
      requireFreeRelationName(schema, rename.table(), to, "renameConstraint");
      UniqueConstraint unique = table.uniqueConstraint(from).get();
      return schema.withTable(table.withoutUniqueConstraint(from).withUniqueConstraint(unique.withName(to)));
    }
    requireFreeConstraintName(table, to, "renameConstraint");
    if (table.foreignKey(from).isPresent()) {
      ForeignKey key = table.foreignKey(from).get();
      return schema.withTable(table.withoutForeignKey(from).withForeignKey(key.withName(to)));
    }
    if (table.checkConstraint(from).isPresent()) {
      CheckConstraint check = table.checkConstraint(from).get();
      return schema.withTable(table.withoutCheckConstraint(from).withCheckConstraint(check.withName(to)));
    }
    throw new ReplayException("renameConstraint: table \"" + rename.table() + "\" has no renamable constraint \"" + from
        + "\" (a primary key keeps the name <table>_pkey)");
  }

  private static List<String> replace(List<String> names, String from, String to) {
    return names.stream().map(n -> n.equals(from) ? to : n).toList();
  }

  private static void checkIdentity(Column column, String operation) {
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

  private static String describeIdentity(String identity) {
    return identity == null ? "no identity column" : "generated " + identity;
  }

  private static void requireSchema(Schema schema, String table, String operation) {
    String namespace = Table.schemaOf(table);
    if (!namespace.equals(Table.DEFAULT_SCHEMA) && !schema.schemas().contains(namespace)) {
      throw new ReplayException(operation + ": schema \"" + namespace + "\" does not exist; create it first");
    }
  }

  /**
   * Fails when a name is taken by a relation of the table's schema: a table, an index, or the index
   * behind a primary key or unique constraint (PostgreSQL keeps all of them in one namespace).
   */
  private static void requireFreeRelationName(Schema schema, String table, String name, String operation) {
    String namespace = Table.schemaOf(table);
    for (Table other : schema.tables().values()) {
      if (!other.schemaName().equals(namespace)) {
        continue;
      }
      boolean taken = Table.localName(other.name()).equals(name)
          || (!other.primaryKey().isEmpty() && other.primaryKeyName().equals(name))
          || other.uniqueConstraint(name).isPresent() || other.index(name).isPresent();
      if (taken) {
        throw new ReplayException(operation + ": the name \"" + name + "\" is already used by table \"" + other.name()
            + "\" or one of its indexes in schema \"" + namespace + "\"");
      }
    }
  }

  private static void requireFreeConstraintName(Table table, String name, String operation) {
    boolean taken = (!table.primaryKey().isEmpty() && table.primaryKeyName().equals(name))
        || table.uniqueConstraint(name).isPresent() || table.foreignKey(name).isPresent()
        || table.checkConstraint(name).isPresent();
    if (taken) {
      throw new ReplayException(operation + ": constraint \"" + name + "\" already exists on table \"" + table.name() + "\"");
    }
  }

  private static EnumType enumType(Schema schema, String name, String operation) {
    return schema.enumType(name).orElseThrow(
        () -> new ReplayException(operation + ": type \"" + name + "\" does not exist"));
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
