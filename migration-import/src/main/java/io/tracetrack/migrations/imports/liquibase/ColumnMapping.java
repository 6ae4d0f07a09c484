package io.tracetrack.migrations.imports.liquibase;

import io.tracetrack.migrations.core.operation.ColumnOperation.AddColumn;
import io.tracetrack.migrations.core.operation.ConstraintOperation.AddForeignKey;
import io.tracetrack.migrations.core.operation.ConstraintOperation.AddPrimaryKey;
import io.tracetrack.migrations.core.operation.Operation;
import io.tracetrack.migrations.core.operation.TableOperation.CreateTable;
import io.tracetrack.migrations.core.schema.Column;
import io.tracetrack.migrations.core.schema.ForeignKey;
import io.tracetrack.migrations.core.schema.NamingConvention;
import io.tracetrack.migrations.core.schema.Table;
import io.tracetrack.migrations.core.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import liquibase.change.ColumnConfig;
import liquibase.change.ConstraintsConfig;
import liquibase.change.core.AddDefaultValueChange;
import liquibase.change.core.CreateTableChange;

/**
 * Liquibase column definitions (a {@code <column>} with its {@code <constraints>}) as schema
 * columns, keys and constraints, named as PostgreSQL names what Liquibase leaves unnamed.
 */
final class ColumnMapping {
  private final PostgresOffline postgres;

  ColumnMapping(PostgresOffline postgres) {
    this.postgres = postgres;
  }

  /** A column and what its constraints add, gathered for a table. */
  private record Parts(List<Column> columns, List<String> primaryKey, List<UniqueConstraint> uniques, List<ForeignKey> keys) {
    Parts() {
      this(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    }
  }

  Optional<List<Operation>> createTable(CreateTableChange change) {
    if (change.getTablespace() != null || change.getTableType() != null || Boolean.TRUE.equals(change.getIfNotExists())) {
      return Optional.empty();
    }
    String table = Table.qualified(postgres.name(change.getSchemaName()), postgres.name(change.getTableName()));
    Parts parts = new Parts();
    for (ColumnConfig column : change.getColumns()) {
      if (!add(table, column, parts)) {
        return Optional.empty();
      }
    }
    return Optional.of(List.of(new CreateTable(new Table(table, parts.columns(), parts.primaryKey(), parts.uniques(),
        List.of(), parts.keys(), List.of(), change.getRemarks()))));
  }

  /** An added column, and the key or foreign key its constraints make. */
  Optional<List<Operation>> addColumn(String table, ColumnConfig column) {
    Parts parts = new Parts();
    if (!add(table, column, parts)) {
      return Optional.empty();
    }
    Column added = parts.columns().get(0);
    boolean unique = !parts.uniques().isEmpty();
    if (unique && !parts.uniques().get(0).name().equals(UniqueConstraint.defaultName(table, added.name()))) {
      return Optional.empty();
    }
    List<Operation> operations = new ArrayList<>(List.of(new AddColumn(table, added, unique)));
    if (!parts.primaryKey().isEmpty()) {
      operations.add(new AddPrimaryKey(table, parts.primaryKey()));
    }
    parts.keys().forEach(k -> operations.add(new AddForeignKey(table, k)));
    return Optional.of(operations);
  }

  /** Adds the column to the parts; false when it has an option no operation models. */
  private boolean add(String table, ColumnConfig column, Parts parts) {
    ConstraintsConfig constraints = column.getConstraints();
    boolean autoIncrement = Boolean.TRUE.equals(column.isAutoIncrement());
    if (Boolean.TRUE.equals(column.getComputed()) || column.getType() == null
        || (autoIncrement && (column.getStartWith() != null || column.getIncrementBy() != null))
        || (constraints != null && unsupported(table, constraints))) {
      return false;
    }
    String name = postgres.name(column.getName());
    boolean primaryKey = constraints != null && Boolean.TRUE.equals(constraints.isPrimaryKey());
    boolean notNull = primaryKey || (constraints != null && Boolean.FALSE.equals(constraints.isNullable()));
    String identity = !autoIncrement ? null : "ALWAYS".equalsIgnoreCase(column.getGenerationType()) ? Column.ALWAYS : Column.BY_DEFAULT;
    Object defaultValue = column.getDefaultValueObject();
    parts.columns().add(new Column(name, postgres.type(column.getType(), autoIncrement), !(notNull || autoIncrement),
        defaultValue == null ? null : postgres.defaultValue(defaultValue, column.getType()), identity, column.getRemarks()));
    if (primaryKey) {
      parts.primaryKey().add(name);
    }
    if (constraints != null && Boolean.TRUE.equals(constraints.isUnique())) {
      parts.uniques().add(new UniqueConstraint(constraints.getUniqueConstraintName() != null
          ? postgres.name(constraints.getUniqueConstraintName()) : UniqueConstraint.defaultName(table, name), List.of(name)));
    }
    if (constraints != null && (constraints.getReferences() != null || constraints.getReferencedTableName() != null)) {
      parts.keys().add(foreignKey(table, name, constraints));
    }
    return true;
  }

  private boolean unsupported(String table, ConstraintsConfig c) {
    return c.getCheckConstraint() != null || Boolean.TRUE.equals(c.isDeferrable()) || c.getPrimaryKeyTablespace() != null
        || c.getNotNullConstraintName() != null || (c.getReferences() != null && !c.getReferences().matches("[\\w.]+\\([\\w ,]+\\)"))
        || (c.getPrimaryKeyName() != null && !postgres.name(c.getPrimaryKeyName()).equals(NamingConvention.primaryKey(table)));
  }

  private ForeignKey foreignKey(String table, String column, ConstraintsConfig c) {
    String referenced;
    List<String> referencedColumns;
    if (c.getReferences() != null) {
      String references = c.getReferences();
      int open = references.indexOf('(');
      referenced = qualified(references.substring(0, open).trim());
      referencedColumns = postgres.names(references.substring(open + 1, references.lastIndexOf(')')));
    } else {
      referenced = Table.qualified(postgres.name(c.getReferencedTableSchemaName()), postgres.name(c.getReferencedTableName()));
      referencedColumns = postgres.names(c.getReferencedColumnNames());
    }
    String name = c.getForeignKeyName() != null ? postgres.name(c.getForeignKeyName())
        : Table.localName(table) + "_" + column + "_fkey";
    return new ForeignKey(name, List.of(column), referenced, referencedColumns,
        Boolean.TRUE.equals(c.isDeleteCascade()) ? "CASCADE" : null, null);
  }

  private String qualified(String name) {
    int dot = name.indexOf('.');
    return dot < 0 ? postgres.name(name) : Table.qualified(postgres.name(name.substring(0, dot)), postgres.name(name.substring(dot + 1)));
  }

  /** The default an {@code addDefaultValue} sets, as the SQL expression Liquibase writes. */
  String defaultValue(AddDefaultValueChange change) {
    Object value = change.getDefaultValueComputed() != null ? change.getDefaultValueComputed()
        : change.getDefaultValueBoolean() != null ? change.getDefaultValueBoolean()
        : change.getDefaultValueNumeric() != null ? change.getDefaultValueNumeric()
        : change.getDefaultValueDate() != null ? change.getDefaultValueDate() : change.getDefaultValue();
    String type = change.getColumnDataType() != null ? change.getColumnDataType()
        : value instanceof String ? "varchar" : "unknown";
    return postgres.defaultValue(value, type);
  }
}
