package io.tracetrack.migrations.core.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tracetrack.migrations.core.operation.ReplayException;
import io.tracetrack.migrations.core.operation.Operation;
import io.tracetrack.migrations.core.schema.CheckConstraint;
import io.tracetrack.migrations.core.schema.Column;
import io.tracetrack.migrations.core.schema.EnumType;
import io.tracetrack.migrations.core.schema.ForeignKey;
import io.tracetrack.migrations.core.schema.Index;
import io.tracetrack.migrations.core.schema.Schema;
import io.tracetrack.migrations.core.schema.Table;
import java.util.List;
import org.junit.jupiter.api.Test;
import io.tracetrack.migrations.core.operation.TableOperation;
import io.tracetrack.migrations.core.operation.ColumnOperation;
import io.tracetrack.migrations.core.operation.ConstraintOperation;
import io.tracetrack.migrations.core.operation.IndexOperation;
import io.tracetrack.migrations.core.operation.EnumOperation;
import io.tracetrack.migrations.core.operation.NamespaceOperation;

/** Replay refuses what PostgreSQL would refuse for the new elements, and follows renames through. */
class SchemaReplayerElementsTest {
  private static final Table USER = new Table("user", List.of(new Column("id", "bigint", false, null),
      new Column("email", "text", true, null)), List.of("id"), List.of());
  private static final Table POST = new Table("post", List.of(new Column("id", "bigint", false, null),
      new Column("user_id", "bigint", true, null)), List.of("id"), List.of());
  private static final ForeignKey FK = new ForeignKey("fk_post_user_id_user", List.of("user_id"), "user", List.of("id"), null, null);
  private static final Schema BASE = Schema.of(List.of(USER, POST.withForeignKey(FK)));

  private static String refused(Schema schema, Operation operation) {
    return assertThrows(ReplayException.class, () -> SchemaReplayer.apply(schema, operation)).getMessage();
  }

  @Test
  void foreignKeysNeedAUniqueTargetAndHoldWhatTheyReference() {
    assertTrue(refused(BASE, new ConstraintOperation.AddForeignKey("post", new ForeignKey("fk2", List.of("user_id"), "user", List.of("email"), null, null)))
        .contains("no unique constraint matching the referenced columns [email]"));
    assertTrue(refused(BASE, new TableOperation.DropTable("user")).contains("referenced by foreign key \"fk_post_user_id_user\""));
    assertTrue(refused(BASE, new ConstraintOperation.DropConstraint("user", "user_pkey")).contains("needed by foreign key"));
    assertTrue(refused(BASE, new ColumnOperation.DropColumn("user", "id")).contains("referenced by foreign key"));
  }

  @Test
  void relationNamesAreSharedWithinASchema() {
    Schema indexed = SchemaReplayer.apply(BASE, new IndexOperation.CreateIndex("post", Index.of("ix_shared", "user_id")));
    assertTrue(refused(indexed, new IndexOperation.CreateIndex("user", Index.of("ix_shared", "email"))).contains("already used"));
    assertTrue(refused(indexed, new IndexOperation.CreateIndex("user", Index.of("post", "email"))).contains("already used"));
    assertTrue(refused(BASE, new TableOperation.CreateTable(new Table("sales.order", USER.columns(), List.of("id"), List.of())))
        .contains("schema \"sales\" does not exist"));
  }

  @Test
  void identityEnumsAndSchemasAreChecked() {
    assertTrue(refused(BASE, new ColumnOperation.AddColumn("user", new Column("n", "bigint", true, null, Column.ALWAYS, null), false))
        .contains("must be NOT NULL"));
    assertTrue(refused(BASE, new ColumnOperation.AlterColumnIdentity("user", "id", Column.ALWAYS, Column.BY_DEFAULT))
        .contains("is no identity column"));
    Schema withEnum = SchemaReplayer.apply(BASE, List.of(new EnumOperation.CreateEnumType(new EnumType("mood", List.of("a", "b"))),
        new ColumnOperation.AddColumn("user", new Column("mood", "mood", true, null), false)));
    assertTrue(refused(withEnum, new EnumOperation.DropEnumType("mood")).contains("used by column \"mood\""));
    assertEquals(List.of("a", "x", "b"), SchemaReplayer.apply(withEnum, new EnumOperation.AddEnumValue("mood", "x", "b"))
        .enumType("mood").orElseThrow().values());
    Schema withSchema = SchemaReplayer.apply(BASE, List.of(new NamespaceOperation.CreateSchema("s"),
        new TableOperation.CreateTable(new Table("s.t", USER.columns(), List.of("id"), List.of()))));
    assertTrue(refused(withSchema, new NamespaceOperation.DropSchema("s")).contains("still holds table \"s.t\""));
  }

  @Test
  void renamesCarryKeysIndexesAndChecksAlong() {
    Schema schema = SchemaReplayer.apply(BASE, List.of(
        new IndexOperation.CreateIndex("post", Index.of("ix_post_user_id", "user_id")),
        new ConstraintOperation.AddCheckConstraint("post", new CheckConstraint("ck_post_user", "user_id > 0")),
        new ColumnOperation.RenameColumn("user", "id", "uid"),
        new TableOperation.RenameTable("user", "account"),
        new ColumnOperation.RenameColumn("post", "user_id", "account_id")));
    Table post = schema.table("post").orElseThrow();
    assertEquals(new ForeignKey("fk_post_user_id_user", List.of("account_id"), "account", List.of("uid"), null, null),
        post.foreignKeys().get(0));
    assertEquals(List.of("account_id"), post.indexes().get(0).columnNames());
    assertEquals("account_id > 0", post.checkConstraints().get(0).expression());
    assertEquals(List.of("uid"), schema.table("account").orElseThrow().primaryKey());
  }

  @Test
  void droppingAColumnDropsTheChecksAndPartialIndexesThatUseIt() {
    Schema schema = SchemaReplayer.apply(BASE, List.of(
        new ConstraintOperation.AddCheckConstraint("user", new CheckConstraint("ck", "email <> ''")),
        new IndexOperation.CreateIndex("user", new Index("ix_p", List.of(Index.IndexColumn.asc("id")), false, null, "email IS NULL")),
        new ColumnOperation.DropColumn("user", "email")));
    Table user = schema.table("user").orElseThrow();
    assertTrue(user.checkConstraints().isEmpty());
    assertTrue(user.indexes().isEmpty());
  }
}
