package io.tracetrack.migrations.core.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link NamingConvention#isPrimaryKey} answers as building {@link NamingConvention#primaryKey} and comparing would. */
class PrimaryKeyNameTest {

  @Test
  void answersAsComparingWithTheBuiltName() {
    List<String> tables = new ArrayList<>(List.of("user", "app.user", "a.b.c", "x", "sales.order_line", "\u00e9t\u00e9",
        "app.\u00e9t\u00e9"));
    tables.add("t".repeat(58));
    tables.add("t".repeat(59));
    tables.add("s." + "t".repeat(58));
    tables.add("s." + "t".repeat(59));
    tables.add("\u00e9".repeat(29));
    tables.add("\u00e9".repeat(30));
    tables.add("long_" + "x".repeat(80));
    List<String> names = new ArrayList<>();
    for (String table : tables) {
      String local = Table.localName(table);
      names.addAll(List.of(NamingConvention.primaryKey(table), local + "_pkey", table + "_pkey", local, local + "_key",
          "_pkey", local + "x_pkey", local.substring(1) + "_pkey", NamingConvention.primaryKey(table).replace('a', 'b')));
    }
    for (String table : tables) {
      for (String name : names) {
        assertEquals(NamingConvention.primaryKey(table).equals(name), NamingConvention.isPrimaryKey(table, name),
            table + " / " + name);
      }
    }
  }

  @Test
  void tablesAreFoundInTheirSchemaByTheirLocalName() {
    for (String table : List.of("user", "app.user", "a.b.c", "apps.user", "ap.user", ".x")) {
      for (String schema : List.of("public", "app", "a", "apps", "")) {
        assertEquals(Table.schemaOf(table).equals(schema), Table.inSchema(table, schema), table + " in " + schema);
      }
      for (String local : List.of("user", "b.c", "x", "ser", "")) {
        assertEquals(Table.localName(table).equals(local), Table.hasLocalName(table, local), table + " named " + local);
      }
    }
  }
}
