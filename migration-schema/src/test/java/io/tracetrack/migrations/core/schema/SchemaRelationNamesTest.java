package io.tracetrack.migrations.core.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * A schema changed table by table equals the schema of the same tables built at once, and knows
 * which relation names its tables hold exactly as a walk over them finds.
 */
class SchemaRelationNamesTest {
  private static final List<String> NAMESPACES = List.of("public", "sales");
  private static final List<Column> COLUMNS = List.of(new Column("id", "bigint", false, null),
      new Column("code", "text", true, null));

  @Test
  void randomChangesAgreeWithTheTablesAndWithASchemaBuiltAtOnce() {
    Random random = new Random(7);
    Schema schema = new Schema(Map.of(), Map.of(), Set.of("sales"));
    Map<String, Table> tables = new LinkedHashMap<>();
    for (int step = 0; step < 3_000; step++) {
      String name = qualified(random.nextInt(2), "t" + random.nextInt(200));
      if (random.nextInt(4) == 0) {
        schema = schema.withoutTable(name);
        tables.remove(name);
      } else {
        Table table = randomTable(random, name);
        schema = schema.withTable(table);
        tables.put(name, table);
      }
      if (step % 250 == 0) {
        assertHoldsWhatTheTablesHold(schema, random);
      }
    }
    assertHoldsWhatTheTablesHold(schema, random);
    Schema atOnce = new Schema(tables, Map.of(), Set.of("sales"));
    assertEquals(atOnce, schema);
    assertEquals(atOnce.hashCode(), schema.hashCode());
    assertEquals(atOnce.toString(), schema.toString());
    assertEquals(List.copyOf(new TreeSet<>(tables.keySet())), List.copyOf(schema.tables().keySet()));
    Schema changed = schema;
    assertThrows(UnsupportedOperationException.class, () -> changed.tables().remove(tables.keySet().iterator().next()));
    assertThrows(UnsupportedOperationException.class,
        () -> changed.withEnum(new EnumType("mood", List.of("ok"))).enums().clear());
  }

  @Test
  void aNameIsHeldOnlyInItsOwnSchemaAndOnlyWhileItsTableHoldsIt() {
    Table order = new Table("sales.order", COLUMNS, List.of("id"), List.of(new UniqueConstraint("uq_order_code", List.of("code"))),
        List.of(Index.of("ix_order_code", "code")), List.of(), List.of(), null);
    Schema schema = new Schema(Map.of(), Map.of(), Set.of("sales")).withTable(order);
    for (String name : List.of("order", "order_pkey", "uq_order_code", "ix_order_code")) {
      assertTrue(schema.tablesHoldRelationName("sales", name), name);
      assertFalse(schema.tablesHoldRelationName("public", name), name);
    }
    Schema keyless = schema.withTable(order.withPrimaryKey(List.of()).withIndexes(List.of()));
    assertFalse(keyless.tablesHoldRelationName("sales", "order_pkey"));
    assertFalse(keyless.tablesHoldRelationName("sales", "ix_order_code"));
    assertTrue(keyless.tablesHoldRelationName("sales", "uq_order_code"));
    assertFalse(schema.withoutTable("sales.order").tablesHoldRelationName("sales", "order"));
    assertTrue(schema.tablesHoldRelationName("sales", "order"), "the schema changed from is left as it was");
  }

  private static void assertHoldsWhatTheTablesHold(Schema schema, Random random) {
    Set<String> walked = new HashSet<>();
    schema.tables().values().forEach(t -> t.relationNames().forEach(name -> walked.add(t.schemaName() + "." + name)));
    for (String namespace : NAMESPACES) {
      for (int i = 0; i < 200; i++) {
        for (String name : candidates("t" + i)) {
          assertEquals(walked.contains(namespace + "." + name), schema.tablesHoldRelationName(namespace, name),
              namespace + "." + name);
        }
      }
    }
  }

  private static List<String> candidates(String local) {
    return List.of(local, local + "_pkey", "uq_" + local, "ix_" + local, "ix2_" + local);
  }

  private static Table randomTable(Random random, String name) {
    String local = Table.localName(name);
    List<String> key = random.nextBoolean() ? List.of("id") : List.of();
    List<UniqueConstraint> uniques = random.nextBoolean() ? List.of(new UniqueConstraint("uq_" + local, List.of("code")))
        : List.of();
    List<Index> indexes = new ArrayList<>();
    if (random.nextBoolean()) {
      indexes.add(Index.of("ix_" + local, "code"));
    }
    if (random.nextInt(5) == 0) {
      // Another table's index name: the same name held twice, as a schema read from anywhere may hold it.
      indexes.add(Index.of("ix_t" + random.nextInt(200), "id"));
    }
    return new Table(name, COLUMNS, key, uniques, indexes, List.of(), List.of(), null);
  }

  private static String qualified(int namespace, String local) {
    return Table.qualified(NAMESPACES.get(namespace), local);
  }
}
