package io.tracetrack.migrations.processor;

import io.tracetrack.migrations.core.schema.CheckConstraint;
import io.tracetrack.migrations.core.schema.Column;
import io.tracetrack.migrations.core.schema.ForeignKey;
import io.tracetrack.migrations.core.schema.Index;
import io.tracetrack.migrations.core.schema.Table;
import io.tracetrack.migrations.core.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Element;

/** The parts of one table as a JPA entity's fields produce them, gathered before they become a {@link Table}. */
final class JpaTableParts {
  final String name;
  final List<Column> columns = new ArrayList<>();
  final List<String> primaryKey = new ArrayList<>();
  final List<String> naturalId = new ArrayList<>();
  final List<UniqueConstraint> uniques = new ArrayList<>();
  final List<Index> indexes = new ArrayList<>();
  final List<ForeignKey> foreignKeys = new ArrayList<>();
  final List<CheckConstraint> checks = new ArrayList<>();
  /** The element (a field, or the class for a column it adds) that each column came from. */
  final Map<String, Element> sources = new HashMap<>();

  JpaTableParts(String name) {
    this.name = name;
  }

  List<String> columnNames() {
    return columns.stream().map(Column::name).toList();
  }

  /** Makes the columns from {@code from} on nullable, as Hibernate leaves a single-table subclass's. */
  void nullableFrom(int from) {
    for (int i = from; i < columns.size(); i++) {
      columns.set(i, columns.get(i).withNullable(true));
    }
  }

  Table toTable(String comment) {
    return new Table(name, columns, primaryKey, uniques, indexes, foreignKeys, checks, comment);
  }
}
