package io.tracetrack.migrations.core.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tracetrack.migrations.core.schema.Column;
import io.tracetrack.migrations.core.schema.Schema;
import io.tracetrack.migrations.core.schema.Table;
import io.tracetrack.migrations.core.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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
   * A form of the schema in which column order does not count (it is not a difference for the
   * diff either) but everything else does: types, nullability, defaults, keys and constraints.
   */
  public static Map<String, String> normalForm(Schema schema) {
    Map<String, String> form = new TreeMap<>();
    for (Table table : schema.tables().values()) {
      List<Column> columns = new ArrayList<>(table.columns());
      columns.sort(Comparator.comparing(Column::name));
      // Everything but column order: the table with its columns sorted, printed whole.
      form.put(table.name(), table.withColumns(columns).toString());
    }
    form.put(" enums", schema.enums().toString());
    form.put(" schemas", schema.schemas().toString());
    return form;
  }

  public static void assertEquivalent(Schema expected, Schema actual, String what) {
    assertEquals(normalForm(expected), normalForm(actual), what);
  }
}
