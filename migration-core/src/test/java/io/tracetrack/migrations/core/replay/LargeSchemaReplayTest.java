package io.tracetrack.migrations.core.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tracetrack.migrations.core.operation.ColumnOperation;
import io.tracetrack.migrations.core.operation.ConstraintOperation;
import io.tracetrack.migrations.core.operation.IndexOperation;
import io.tracetrack.migrations.core.operation.NamespaceOperation;
import io.tracetrack.migrations.core.operation.Operation;
import io.tracetrack.migrations.core.operation.ReplayException;
import io.tracetrack.migrations.core.operation.SequenceOperation;
import io.tracetrack.migrations.core.operation.TableOperation;
import io.tracetrack.migrations.core.schema.Column;
import io.tracetrack.migrations.core.schema.ForeignKey;
import io.tracetrack.migrations.core.schema.Index;
import io.tracetrack.migrations.core.schema.Schema;
import io.tracetrack.migrations.core.schema.Sequence;
import io.tracetrack.migrations.core.schema.Table;
import io.tracetrack.migrations.core.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An initial migration of 5,000 tables (each with a primary key, a unique constraint, an index and a
 * foreign key to the table before it) and 500 sequences replays to the schema built from the same
 * tables directly, and a name taken anywhere in it is refused with the message that names its
 * holder, while the same name in another PostgreSQL schema, or one its holder gave up, is free.
 */
class LargeSchemaReplayTest {
  private static final int TABLES = 5_000;

  private static List<Table> tables;
  private static List<Sequence> sequences;
  private static Schema replayed;

  @BeforeAll
  static void replayTheInitialMigration() {
    tables = new ArrayList<>();
    sequences = new ArrayList<>();
    List<Operation> initial = new ArrayList<>();
    for (int i = 0; i < TABLES; i++) {
      Table table = table("t" + i, i == 0 ? null : "t" + (i - 1));
      tables.add(table);
      initial.add(new TableOperation.CreateTable(table));
      if (i % 10 == 0) {
        Sequence sequence = Sequence.named("s" + i);
        sequences.add(sequence);
        initial.add(new SequenceOperation.CreateSequence(sequence));
      }
    }
    replayed = SchemaReplayer.apply(Schema.EMPTY, initial);
  }

  private static Table table(String name, String parent) {
    String local = Table.localName(name);
    List<Column> columns = List.of(new Column("id", "bigint", false, null), new Column("code", "text", true, null),
        new Column("parent_id", "bigint", true, null));
    List<ForeignKey> keys = parent == null ? List.of()
        : List.of(new ForeignKey("fk_" + local + "_parent", List.of("parent_id"), parent, List.of("id"), null, null));
    return new Table(name, columns, List.of("id"), List.of(new UniqueConstraint("uq_" + local + "_code", List.of("code"))),
        List.of(Index.of("ix_" + local + "_parent_id", "parent_id")), keys, List.of(), null);
  }

  private static String refused(Schema schema, Operation operation) {
    return assertThrows(ReplayException.class, () -> SchemaReplayer.apply(schema, operation)).getMessage();
  }

  @Test
  void replaysToTheSchemaOfTheSameTablesBuiltDirectly() {
    Schema direct = Schema.of(tables).withSequences(sequences);
    assertEquals(direct, replayed);
    assertEquals(direct.toString(), replayed.toString());
    assertEquals(List.copyOf(direct.tables().keySet()), List.copyOf(replayed.tables().keySet()));
  }

  @Test
  void aTakenNameIsRefusedNamingItsHolder() {
    assertEquals("createIndex: the name \"ix_t2500_parent_id\" is already used by table \"t2500\" or one of its indexes"
        + " in schema \"public\"", refused(replayed, new IndexOperation.CreateIndex("t0", Index.of("ix_t2500_parent_id", "code"))));
    assertEquals("createTable: the name \"t3000_pkey\" is already used by table \"t3000\" or one of its indexes in schema"
        + " \"public\"", refused(replayed, new TableOperation.CreateTable(table("t3000_pkey", null))));
    assertEquals("addUniqueConstraint: the name \"t1234\" is already used by table \"t1234\" or one of its indexes in"
        + " schema \"public\"", refused(replayed,
        new ConstraintOperation.AddUniqueConstraint("t4321", new UniqueConstraint("t1234", List.of("code")))));
    assertEquals("createSequence: the name \"uq_t4000_code\" is already used by table \"t4000\" or one of its indexes in"
        + " schema \"public\"", refused(replayed, new SequenceOperation.CreateSequence(Sequence.named("uq_t4000_code"))));
    assertEquals("createIndex: the name \"s4990\" is already used by sequence \"s4990\"",
        refused(replayed, new IndexOperation.CreateIndex("t17", Index.of("s4990", "code"))));
    assertEquals("renameIndex: the name \"uq_t17_code\" is already used by table \"t17\" or one of its indexes in schema"
        + " \"public\"", refused(replayed, new IndexOperation.RenameIndex("t4999", "ix_t4999_parent_id", "uq_t17_code")));
  }

  @Test
  void aNameIsFreeInAnotherSchemaAndOnceItsHolderGaveItUp() {
    Schema other = SchemaReplayer.apply(replayed, List.of(new NamespaceOperation.CreateSchema("other"),
        new TableOperation.CreateTable(table("other.t2500", null)),
        new IndexOperation.CreateIndex("other.t2500", Index.of("uq_t10_code", "code"))));
    assertTrue(other.table("other.t2500").orElseThrow().index("ix_t2500_parent_id").isPresent());

    Schema changed = SchemaReplayer.apply(replayed, List.of(
        new TableOperation.DropTable("t4999"),
        new TableOperation.RenameTable("t2000", "middle"),
        new IndexOperation.DropIndex("t100", "ix_t100_parent_id"),
        new ColumnOperation.DropColumn("t200", "code"),
        new IndexOperation.CreateIndex("t0", Index.of("t4999", "code")),
        new IndexOperation.CreateIndex("t0", Index.of("ix_t4999_parent_id", "code")),
        new IndexOperation.CreateIndex("t0", Index.of("t2000", "code")),
        new IndexOperation.CreateIndex("t0", Index.of("t2000_pkey", "code")),
        new IndexOperation.CreateIndex("t0", Index.of("ix_t100_parent_id", "code")),
        new IndexOperation.CreateIndex("t0", Index.of("uq_t200_code", "code"))));
    assertEquals("middle", changed.table("t2001").orElseThrow().foreignKey("fk_t2001_parent").orElseThrow().referencedTable());
    assertEquals("createIndex: the name \"middle_pkey\" is already used by table \"middle\" or one of its indexes in"
        + " schema \"public\"", refused(changed, new IndexOperation.CreateIndex("t1", Index.of("middle_pkey", "code"))));
    assertEquals("createIndex: the name \"ix_t2000_parent_id\" is already used by table \"middle\" or one of its indexes"
        + " in schema \"public\"", refused(changed, new IndexOperation.CreateIndex("t1", Index.of("ix_t2000_parent_id", "code"))));
    assertEquals("createIndex: the name \"t4999\" is already used by table \"t0\" or one of its indexes in schema"
        + " \"public\"", refused(changed, new IndexOperation.CreateIndex("t1", Index.of("t4999", "code"))));
  }
}
