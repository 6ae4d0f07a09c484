package io.tracetrack.migrations.core.schema;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A table: columns in declaration order, primary-key column names in key order, and unique
 * constraints sorted by name (their order carries no meaning, so equal tables compare equal).
 */
public record Table(
    String name, List<Column> columns, List<String> primaryKey, List<UniqueConstraint> uniqueConstraints) {

  public Table {
    Objects.requireNonNull(name, "name == null");
    columns = List.copyOf(columns);
    primaryKey = List.copyOf(primaryKey);
    List<UniqueConstraint> sorted = new ArrayList<>(uniqueConstraints);
    sorted.sort(Comparator.comparing(UniqueConstraint::name));
    uniqueConstraints = List.copyOf(sorted);
  }

  /** PostgreSQL's own name for a table's primary key constraint. */
  public String primaryKeyName() {
    return name + "_pkey";
  }

  public Optional<Column> column(String columnName) {
    return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
  }

  public Optional<UniqueConstraint> uniqueConstraint(String constraintName) {
    return uniqueConstraints.stream().filter(u -> u.name().equals(constraintName)).findFirst();
  }

  public Table withColumn(Column column) {
    List<Column> changed = new ArrayList<>(columns);
    int at = indexOf(column.name());
    if (at >= 0) {
      changed.set(at, column);
    } else {
      changed.add(column);
    }
    return new Table(name, changed, primaryKey, uniqueConstraints);
  }

  public Table withoutColumn(String columnName) {
    List<Column> changed = new ArrayList<>(columns);
    changed.removeIf(c -> c.name().equals(columnName));
    List<String> key = new ArrayList<>(primaryKey);
    key.remove(columnName);
    List<UniqueConstraint> uniques = new ArrayList<>(uniqueConstraints);
    uniques.removeIf(u -> u.columns().contains(columnName));
    return new Table(name, changed, key, uniques);
  }

  public Table withUniqueConstraint(UniqueConstraint constraint) {
    List<UniqueConstraint> changed = new ArrayList<>(uniqueConstraints);
    changed.removeIf(u -> u.name().equals(constraint.name()));
    changed.add(constraint);
    return new Table(name, columns, primaryKey, changed);
  }

  public Table withoutUniqueConstraint(String constraintName) {
    List<UniqueConstraint> changed = new ArrayList<>(uniqueConstraints);
    changed.removeIf(u -> u.name().equals(constraintName));
    return new Table(name, columns, primaryKey, changed);
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
