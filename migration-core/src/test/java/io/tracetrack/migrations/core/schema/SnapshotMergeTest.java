package io.tracetrack.migrations.core.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SnapshotMergeTest {

  private static Table table(String name) {
    return new Table(name, List.of(new Column("id", "bigint", false, null)), List.of("id"), List.of());
  }

  private static Snapshot snapshot(String table, String entity) {
    return new Snapshot(Schema.of(List.of(table(table))), Map.of(table, entity));
  }

  @Test
  void mergeCombinesTablesAndEntitiesOfSeveralModules() {
    Snapshot merged = Snapshot.merge(List.of(snapshot("orders", "shop.Order"), snapshot("customer", "crm.Customer")));
    assertEquals(List.of("customer", "orders"), List.copyOf(merged.schema().tables().keySet()));
    assertEquals(Map.of("orders", "shop.Order", "customer", "crm.Customer"), merged.entities());
  }

  @Test
  void mergeOfNothingIsEmpty() {
    assertEquals(Snapshot.EMPTY, Snapshot.merge(List.of()));
  }

  @Test
  void aTableDeclaredTwiceNamesBothEntityClasses() {
    SnapshotException e = assertThrows(SnapshotException.class,
        () -> Snapshot.merge(List.of(snapshot("user", "billing.User"), snapshot("user", "auth.Account"))));
    assertTrue(e.getMessage().contains("\"user\""), e.getMessage());
    assertTrue(e.getMessage().contains("billing.User"), e.getMessage());
    assertTrue(e.getMessage().contains("auth.Account"), e.getMessage());
  }
}
