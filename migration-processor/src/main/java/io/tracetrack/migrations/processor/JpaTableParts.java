package io.tracetrack.migrations.processor;

import io.tracetrack.migrations.core.schema.CheckConstraint;
import io.tracetrack.migrations.core.schema.Column;
import io.tracetrack.migrations.core.schema.ForeignKey;
import io.tracetrack.migrations.core.schema.Index;
import io.tracetrack.migrations.core.schema.Table;
import io.tracetrack.migrations.core.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

  /** Column names as Hibernate holds them (see {@link JpaNaming#hibernateText}), where they differ. */
  final Map<String, String> hibernateNames = new HashMap<>();

  /** The table's comment, or null. */
  String comment;

  JpaTableParts(String name) {
    this.name = name;
  }

  List<String> columnNames() {
    return columns.stream().map(Column::name).toList();
  }

  /**
   * Makes the columns from {@code from} on nullable where only their Java type made them NOT NULL,
   * as Hibernate leaves a single-table subclass's primitives; a NOT NULL the field declares stays.
   */
  void nullableFrom(int from, Predicate<Element> declaredNotNull) {
    for (int i = from; i < columns.size(); i++) {
      if (!declaredNotNull.test(sources.get(columns.get(i).name()))) {
        columns.set(i, columns.get(i).withNullable(true));
      }
    }
  }

  /**
   * Orders the primary key Hibernate builds for a collection table as its standard column
   * ordering does: by the column's size in bytes (at least 4), longer than 2048 bytes last, then by name.
   */
  void orderPrimaryKeyAsHibernate() {
    Map<String, String> types = new HashMap<>();
    columns.forEach(column -> types.put(column.name(), column.type()));
    primaryKey.sort(hibernateOrder(types::get, column -> hibernateNames.getOrDefault(column, column)));
  }

  /** Hibernate's standard column order over anything with a column type and a name as Hibernate holds it. */
  static <T> Comparator<T> hibernateOrder(Function<T, String> type, Function<T, String> name) {
    return Comparator.<T>comparingInt(column -> Math.max(bytes(type.apply(column)), 4))
        .thenComparing(column -> bytes(type.apply(column)) > 2048)
        .thenComparing(name);
  }

  /** A column type's size in bytes, as Hibernate estimates it; unbounded types are largest. */
  private static int bytes(String type) {
    Matcher sized = SIZED.matcher(type);
    if (sized.matches()) {
      int size = Integer.parseInt(sized.group(2));
      return switch (sized.group(1)) {
        case "numeric" -> (int) Math.ceil(size / DECIMAL_DIGITS_PER_BYTE);
        // Hibernate's default length, 255, counts as PostgreSQL's longest varchar.
        default -> size == 255 ? Integer.MAX_VALUE : size;
      };
    }
    return switch (type) {
      case "boolean" -> 1;
      case "smallint" -> 2;
      case "integer", "real", "date", "time", "time(6)" -> 4;
      case "bigint", "double precision", "timestamp(6)", "timestamptz(6)" -> 8;
      case "uuid" -> 16;
      default -> Integer.MAX_VALUE;
    };
  }

  private static final Pattern SIZED = Pattern.compile("(varchar|char|numeric)\\((\\d+)(?:,\\d+)?\\)");
  private static final double DECIMAL_DIGITS_PER_BYTE = Math.log(10) / Math.log(2) * 8;

  Table toTable() {
    // Sibling subclasses sharing a column each declare its constraints: once is enough.
    return new Table(name, columns, primaryKey, uniques.stream().distinct().toList(), indexes,
        foreignKeys.stream().distinct().toList(), checks.stream().distinct().toList(), comment);
  }
}
