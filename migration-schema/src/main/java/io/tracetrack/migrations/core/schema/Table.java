package io.tracetrack.migrations.core.schema;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A table: columns in declaration order, primary-key column names in key order, and its unique
 * constraints, indexes, foreign keys and check constraints, each list sorted by name (their order
 * carries no meaning, so equal tables compare equal), and its comment or null.
 *
 * <p>{@code name} is the table's name, qualified as {@code schema.table} when the table lives in
 * a PostgreSQL schema other than {@code public}: the part before the first dot is the schema.
 */
public record Table(
    String name, List<Column> columns, List<String> primaryKey, List<UniqueConstraint> uniqueConstraints,
    List<Index> indexes, List<ForeignKey> foreignKeys, List<CheckConstraint> checkConstraints, String comment) {

  /** The schema of tables whose name has none. */
  public static final String DEFAULT_SCHEMA = "public";

  public Table {
    Objects.requireNonNull(name, "name == null");
    columns = List.copyOf(columns);
    primaryKey = List.copyOf(primaryKey);
    uniqueConstraints = sorted(uniqueConstraints, UniqueConstraint::name);
    indexes = sorted(indexes, Index::name);
    foreignKeys = sorted(foreignKeys, ForeignKey::name);
    checkConstraints = sorted(checkConstraints, CheckConstraint::name);
    if (comment != null && comment.isEmpty()) {
      comment = null;
    }
  }

  public Table(String name, List<Column> columns, List<String> primaryKey, List<UniqueConstraint> uniqueConstraints) {
    this(name, columns, primaryKey, uniqueConstraints, List.of(), List.of(), List.of(), null);
  }

  private static <T> List<T> sorted(List<T> values, Function<T, String> name) {
    List<T> sorted = new ArrayList<>(values);
    sorted.sort(Comparator.comparing(name));
    return List.copyOf(sorted);
  }

  /** The schema part of a table name: {@code sales.order} → {@code sales}, {@code order} → {@code public}. */
  public static String schemaOf(String tableName) {
    int dot = tableName.indexOf('.');
    return dot < 0 ? DEFAULT_SCHEMA : tableName.substring(0, dot);
  }

  /** Whether a table of this name lives in {@code schema}; {@link #schemaOf} without building a string. */
  public static boolean inSchema(String tableName, String schema) {
    int dot = tableName.indexOf('.');
    return dot < 0 ? schema.equals(DEFAULT_SCHEMA) : dot == schema.length() && tableName.startsWith(schema);
  }

  /** Whether the table's name without its schema is {@code localName}; {@link #localName} without building a string. */
  public static boolean hasLocalName(String tableName, String localName) {
    int start = tableName.indexOf('.') + 1;
    return tableName.length() - start == localName.length() && tableName.startsWith(localName, start);
  }

  /** The table name without its schema: {@code sales.order} → {@code order}. */
  public static String localName(String tableName) {
    int dot = tableName.indexOf('.');
    return dot < 0 ? tableName : tableName.substring(dot + 1);
  }

  /** The name of a table in a schema, as this model writes it: unqualified in {@code public}. */
  public static String qualified(String schema, String table) {
    return schema == null || schema.isEmpty() || schema.equals(DEFAULT_SCHEMA) ? table : schema + "." + table;
  }

  public String schemaName() {
    return schemaOf(name);
  }

  /** PostgreSQL's own name for a table's primary key constraint. */
  public String primaryKeyName() {
    return NamingConvention.primaryKey(name);
  }

  public Optional<Column> column(String columnName) {
    return named(columns, Column::name, columnName);
  }

  public Optional<UniqueConstraint> uniqueConstraint(String constraintName) {
    return named(uniqueConstraints, UniqueConstraint::name, constraintName);
  }

  public Optional<Index> index(String indexName) {
    return named(indexes, Index::name, indexName);
  }

  public Optional<ForeignKey> foreignKey(String constraintName) {
    return named(foreignKeys, ForeignKey::name, constraintName);
  }

  public Optional<CheckConstraint> checkConstraint(String constraintName) {
    return named(checkConstraints, CheckConstraint::name, constraintName);
  }

  // A plain loop, no stream: replay asks for every column, key and index it creates.
  private static <T> Optional<T> named(List<T> elements, Function<T, String> name, String wanted) {
    for (T element : elements) {
      if (name.apply(element).equals(wanted)) {
        return Optional.of(element);
      }
    }
    return Optional.empty();
  }

  /**
   * The names this table holds among the relations of its PostgreSQL schema, which PostgreSQL keeps
   * in one namespace: its own, and those of the indexes behind its primary key, its unique
   * constraints and its indexes. Foreign keys and checks have no relation.
   */
  public List<String> relationNames() {
    List<String> names = new ArrayList<>(2 + uniqueConstraints.size() + indexes.size());
    names.add(localName(name));
    if (!primaryKey.isEmpty()) {
      names.add(primaryKeyName());
    }
    uniqueConstraints.forEach(unique -> names.add(unique.name()));
    indexes.forEach(index -> names.add(index.name()));
    return names;
  }

  /** Whether a constraint (primary key, unique, foreign key or check) or an index has this name. */
  public boolean hasConstraintOrIndex(String objectName) {
    return (!primaryKey.isEmpty() && primaryKeyName().equals(objectName)) || uniqueConstraint(objectName).isPresent()
        || foreignKey(objectName).isPresent() || checkConstraint(objectName).isPresent() || index(objectName).isPresent();
  }

  public Table withName(String newName) {
    return new Table(newName, columns, primaryKey, uniqueConstraints, indexes, foreignKeys, checkConstraints, comment);
  }

  public Table withColumns(List<Column> newColumns) {
    return new Table(name, newColumns, primaryKey, uniqueConstraints, indexes, foreignKeys, checkConstraints, comment);
  }

  public Table withPrimaryKey(List<String> newKey) {
    return new Table(name, columns, newKey, uniqueConstraints, indexes, foreignKeys, checkConstraints, comment);
  }

  public Table withUniqueConstraints(List<UniqueConstraint> newUniques) {
    return new Table(name, columns, primaryKey, newUniques, indexes, foreignKeys, checkConstraints, comment);
  }

  public Table withIndexes(List<Index> newIndexes) {
    return new Table(name, columns, primaryKey, uniqueConstraints, newIndexes, foreignKeys, checkConstraints, comment);
  }

  public Table withForeignKeys(List<ForeignKey> newForeignKeys) {
    return new Table(name, columns, primaryKey, uniqueConstraints, indexes, newForeignKeys, checkConstraints, comment);
  }

  public Table withCheckConstraints(List<CheckConstraint> newChecks) {
    return new Table(name, columns, primaryKey, uniqueConstraints, indexes, foreignKeys, newChecks, comment);
  }

  public Table withComment(String newComment) {
    return new Table(name, columns, primaryKey, uniqueConstraints, indexes, foreignKeys, checkConstraints, newComment);
  }

  public Table withColumn(Column column) {
    List<Column> changed = new ArrayList<>(columns);
    int at = indexOf(column.name());
    if (at >= 0) {
      changed.set(at, column);
    } else {
      changed.add(column);
    }
    return withColumns(changed);
  }

  /**
   * This table without a column, and without the key columns, constraints and indexes that use
   * it, as PostgreSQL drops them with the column.
   */
  public Table withoutColumn(String columnName) {
    List<Column> changed = new ArrayList<>(columns);
    changed.removeIf(c -> c.name().equals(columnName));
    List<String> key = new ArrayList<>(primaryKey);
    key.remove(columnName);
    List<UniqueConstraint> uniques = new ArrayList<>(uniqueConstraints);
    uniques.removeIf(u -> u.columns().contains(columnName));
    List<Index> keptIndexes = new ArrayList<>(indexes);
    keptIndexes.removeIf(i -> i.uses(columnName));
    List<ForeignKey> keys = new ArrayList<>(foreignKeys);
    keys.removeIf(f -> f.columns().contains(columnName));
    return new Table(name, changed, key, uniques, keptIndexes, keys, checkConstraints, comment);
  }

  public Table withUniqueConstraint(UniqueConstraint constraint) {
    List<UniqueConstraint> changed = new ArrayList<>(uniqueConstraints);
    changed.removeIf(u -> u.name().equals(constraint.name()));
    changed.add(constraint);
    return withUniqueConstraints(changed);
  }

  public Table withoutUniqueConstraint(String constraintName) {
    List<UniqueConstraint> changed = new ArrayList<>(uniqueConstraints);
    changed.removeIf(u -> u.name().equals(constraintName));
    return withUniqueConstraints(changed);
  }

  public Table withIndex(Index index) {
    List<Index> changed = new ArrayList<>(indexes);
    changed.removeIf(i -> i.name().equals(index.name()));
    changed.add(index);
    return withIndexes(changed);
  }

  public Table withoutIndex(String indexName) {
    List<Index> changed = new ArrayList<>(indexes);
    changed.removeIf(i -> i.name().equals(indexName));
    return withIndexes(changed);
  }

  public Table withForeignKey(ForeignKey key) {
    List<ForeignKey> changed = new ArrayList<>(foreignKeys);
    changed.removeIf(f -> f.name().equals(key.name()));
    changed.add(key);
    return withForeignKeys(changed);
  }

  public Table withoutForeignKey(String keyName) {
    List<ForeignKey> changed = new ArrayList<>(foreignKeys);
    changed.removeIf(f -> f.name().equals(keyName));
    return withForeignKeys(changed);
  }

  public Table withCheckConstraint(CheckConstraint check) {
    List<CheckConstraint> changed = new ArrayList<>(checkConstraints);
    changed.removeIf(c -> c.name().equals(check.name()));
    changed.add(check);
    return withCheckConstraints(changed);
  }

  public Table withoutCheckConstraint(String checkName) {
    List<CheckConstraint> changed = new ArrayList<>(checkConstraints);
    changed.removeIf(c -> c.name().equals(checkName));
    return withCheckConstraints(changed);
  }

  private int indexOf(String columnName) {
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).name().equals(columnName)) {
        return i;
      }
    }
    return -1;
  }
}
