package io.tracetrack.migrations.core.operation;

import static io.tracetrack.migrations.SequenceDef.sequence;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tracetrack.migrations.core.MigrationException;
import io.tracetrack.migrations.core.schema.Schema;
import io.tracetrack.migrations.core.schema.Sequence;
import io.tracetrack.migrations.core.schema.Table;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A sequence operation, recorded from the migration API: its effect on the schema, its SQL and its Java. */
class SequenceOperationTest {
  private static final Sequence INVOICE = new Sequence("sales.invoice_no", "integer", 1000, 10, 1000L, null, 20, true);

  @Test
  void recordsTheApiCallsAsOperations() {
    List<Operation> recorded = RecordingOperations.record(op -> {
      op.createSequence(sequence("sales.invoice_no").as("integer").startWith(1000).incrementBy(10).minValue(1000)
          .cache(20).cycle());
      op.alterSequence(sequence("sales.invoice_no"));
      op.dropSequence("sales.invoice_no");
    });
    assertEquals(List.of(new SequenceOperation.CreateSequence(INVOICE),
        new SequenceOperation.AlterSequence(Sequence.named("sales.invoice_no")),
        new SequenceOperation.DropSequence("sales.invoice_no")), recorded);
  }

  @Test
  void badDefinitionsAreRefusedWhenRecorded() {
    MigrationException type = assertThrows(MigrationException.class,
        () -> RecordingOperations.record(op -> op.createSequence(sequence("s").as("numeric"))));
    assertEquals("sequence \"s\" must be smallint, integer or bigint, not numeric", type.getMessage());
    assertThrows(MigrationException.class, () -> RecordingOperations.record(op -> op.createSequence(sequence("s").incrementBy(0))));
  }

  @Test
  void replaysWithTheChecksPostgresMakes() {
    Schema sales = new Schema(Map.of(), Map.of(), java.util.Set.of("sales"));
    Schema created = new SequenceOperation.CreateSequence(INVOICE).applyTo(sales);
    assertEquals(INVOICE, created.sequence("sales.invoice_no").orElseThrow());
    assertEquals("createSequence: schema \"billing\" does not exist; create it first", assertThrows(ReplayException.class,
        () -> new SequenceOperation.CreateSequence(Sequence.named("billing.n")).applyTo(Schema.EMPTY)).getMessage());
    assertTrue(assertThrows(ReplayException.class, () -> new SequenceOperation.CreateSequence(INVOICE).applyTo(created))
        .getMessage().contains("already used by sequence \"sales.invoice_no\""));
    Schema withTable = Schema.of(List.of(new Table("counter", List.of(), List.of(), List.of())));
    assertTrue(assertThrows(ReplayException.class,
        () -> new SequenceOperation.CreateSequence(Sequence.named("counter")).applyTo(withTable))
        .getMessage().contains("already used by table \"counter\""));
    assertEquals("alterSequence: sequence \"x\" does not exist", assertThrows(ReplayException.class,
        () -> new SequenceOperation.AlterSequence(Sequence.named("x")).applyTo(Schema.EMPTY)).getMessage());
    assertEquals(sales, new SequenceOperation.DropSequence("sales.invoice_no").applyTo(created));
    assertTrue(assertThrows(ReplayException.class, () -> new NamespaceOperation.DropSchema("sales").applyTo(created))
        .getMessage().contains("still holds a sequence"));
  }

  @Test
  void rendersSqlAndJava() {
    assertEquals(List.of("CREATE SEQUENCE \"sales\".\"invoice_no\" AS integer INCREMENT BY 10 MINVALUE 1000 NO MAXVALUE"
        + " START WITH 1000 CACHE 20 CYCLE"), new SequenceOperation.CreateSequence(INVOICE).statements());
    assertEquals(List.of("ALTER SEQUENCE \"n\" AS bigint INCREMENT BY 1 NO MINVALUE NO MAXVALUE START WITH 1 CACHE 1"
        + " NO CYCLE"), new SequenceOperation.AlterSequence(Sequence.named("n")).statements());
    assertEquals(List.of("DROP SEQUENCE \"sales\".\"invoice_no\""), new SequenceOperation.DropSequence("sales.invoice_no").statements());
    assertEquals("op.createSequence(io.tracetrack.migrations.SequenceDef.sequence(\"sales.invoice_no\").as(\"integer\")"
        + ".startWith(1000L).incrementBy(10L).minValue(1000L).cache(20L).cycle())",
        new SequenceOperation.CreateSequence(INVOICE).java().get(0).toString());
    assertEquals("op.dropSequence(\"n\")", new SequenceOperation.DropSequence("n").java().get(0).toString());
  }
}
