package io.tracetrack.migrations.core.testsupport;

import static org.junit.jupiter.api.Assertions.fail;

import io.tracetrack.migrations.core.schema.Column;
import io.tracetrack.migrations.core.schema.Schema;
import io.tracetrack.migrations.core.schema.Table;
import io.tracetrack.migrations.core.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/** Small builders for schema fixtures, and an equivalence check that does not rely on SchemaDiff. */
public final class Schemas {

  private Schemas() {}

  public static Column col(String name, String type) {
    return new Column(name, type, true, null);
  }

  public static Column notNull(String name, String type) {
    return new Column(name, type, false, null);
  }

  public static Table table(String name, List<Column> columns, List<String> primaryKey, UniqueConstraint... uniques) {
    return new Table(name, columns, primaryKey, List.of(uniques));
  }

  public static UniqueConstraint unique(String name, String... columns) {
    return new UniqueConstraint(name, List.of(columns));
  }

  public static Schema schema(Table... tables) {
    return Schema.of(List.of(tables));
  }

  /**
   * The schema with its columns in name order: column order is the one thing equivalence does not
   * count (it is not a difference for the diff either, and PostgreSQL cannot move a column).
   * Everything else is kept as it is, so record equality compares every component of every
   * element, including any that SchemaDiff might overlook: sequences, comments, key actions.
   */
  public static Schema canonical(Schema schema) {
    Schema canonical = schema;
    for (Table table : schema.tables().values()) {
      List<Column> columns = new ArrayList<>(table.columns());
      columns.sort(Comparator.comparing(Column::name));
      canonical = canonical.withTable(table.withColumns(columns));
    }
    return canonical;
  }

  /** Structural equality of the canonical schemas (record equals), independent of SchemaDiff. */
  public static void assertEquivalent(Schema expected, Schema actual, String what) {
    Schema left = canonical(expected);
    Schema right = canonical(actual);
    if (!left.equals(right)) {
      fail(what + ": the schemas differ (- expected, + actual):\n" + String.join("\n", differences(left, right)));
    }
  }

  /** The elements of two canonical schemas that are not equal, one pair of lines each. */
  static List<String> differences(Schema expected, Schema actual) {
    List<String> lines = new ArrayList<>();
    Map<String, Object> left = elements(expected);
    Map<String, Object> right = elements(actual);
    TreeSet<String> names = new TreeSet<>(left.keySet());
    names.addAll(right.keySet());
    for (String name : names) {
      if (!Objects.equals(left.get(name), right.get(name))) {
        lines.add("- " + name + ": " + left.get(name));
        lines.add("+ " + name + ": " + right.get(name));
      }
    }
    if (lines.isEmpty()) {
      lines.add("- " + expected);
      lines.add("+ " + actual);
    }
    return lines;
  }

  private static Map<String, Object> elements(Schema schema) {
    Map<String, Object> elements = new TreeMap<>();
    schema.tables().forEach((name, table) -> elements.put("table " + name, table));
    schema.enums().forEach((name, type) -> elements.put("enum " + name, type));
    schema.sequences().forEach((name, sequence) -> elements.put("sequence " + name, sequence));
    elements.put("schemas", schema.schemas());
    return elements;
  }
}
