package io.tracetrack.migrations.core.replay;

import static io.tracetrack.migrations.core.testsupport.Schemas.col;
import static io.tracetrack.migrations.core.testsupport.Schemas.notNull;
import static io.tracetrack.migrations.core.testsupport.Schemas.schema;
import static io.tracetrack.migrations.core.testsupport.Schemas.table;
import static io.tracetrack.migrations.core.testsupport.Schemas.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.tracetrack.migrations.core.schema.Column;
import io.tracetrack.migrations.core.schema.Schema;
import io.tracetrack.migrations.core.schema.Table;
import java.util.List;
import org.junit.jupiter.api.Test;
import io.tracetrack.migrations.core.operation.TableOperation;
import io.tracetrack.migrations.core.operation.ColumnOperation;
import io.tracetrack.migrations.core.operation.ConstraintOperation;
import io.tracetrack.migrations.core.operation.RawOperation;

/** Each operation's effect on the in-memory schema. */
class SchemaReplayerTest {

  private static final Table USER = table("user",
      List.of(notNull("id", "bigint"), col("email", "varchar(255)")), List.of("id"), unique("user_email_key", "email"));
  private static final Schema START = schema(USER);

  private static Table user(Schema schema) {
    return schema.table("user").orElseThrow();
  }

  @Test
  void createTableAddsTheTable() {
    Table t = table("t", List.of(notNull("a", "integer")), List.of("a"));
    assertEquals(schema(USER, t), SchemaReplayer.apply(START, new TableOperation.CreateTable(t)));
  }

  @Test
  void dropTableRemovesTheTable() {
    assertEquals(Schema.EMPTY, SchemaReplayer.apply(START, new TableOperation.DropTable("user")));
  }

  @Test
  void addColumnAppendsTheColumn() {
    Schema after = SchemaReplayer.apply(START, new ColumnOperation.AddColumn("user", col("last_login", "timestamp"), false));
    assertEquals(List.of(notNull("id", "bigint"), col("email", "varchar(255)"), col("last_login", "timestamp")),
        user(after).columns());
    assertEquals(USER.uniqueConstraints(), user(after).uniqueConstraints());
  }

  @Test
  void addUniqueColumnAlsoAddsItsDefaultNamedConstraint() {
    Schema after = SchemaReplayer.apply(START, new ColumnOperation.AddColumn("user", col("handle", "text"), true));
    assertEquals(List.of(unique("user_email_key", "email"), unique("user_handle_key", "handle")),
        user(after).uniqueConstraints());
  }

  @Test
  void dropColumnRemovesItAndTheConstraintsOverIt() {
    Schema after = SchemaReplayer.apply(START, new ColumnOperation.DropColumn("user", "email"));
    assertEquals(List.of(notNull("id", "bigint")), user(after).columns());
    assertEquals(List.of(), user(after).uniqueConstraints());
    assertEquals(List.of("id"), user(after).primaryKey());
  }

  @Test
  void alterColumnTypeKeepsTheColumnInPlace() {
    Schema after = SchemaReplayer.apply(START, new ColumnOperation.AlterColumnType("user", "email", "text"));
    assertEquals(List.of(notNull("id", "bigint"), col("email", "text")), user(after).columns());
  }

  @Test
  void alterColumnNullableSetsAndDropsNotNull() {
    Schema notNullEmail = SchemaReplayer.apply(START, new ColumnOperation.AlterColumnNullable("user", "email", false));
    assertEquals(notNull("email", "varchar(255)"), user(notNullEmail).column("email").orElseThrow());
    Schema back = SchemaReplayer.apply(notNullEmail, new ColumnOperation.AlterColumnNullable("user", "email", true));
    assertEquals(START, back);
  }

  @Test
  void alterColumnServerDefaultSetsAndRemovesTheDefault() {
    Schema withDefault = SchemaReplayer.apply(START, new ColumnOperation.AlterColumnServerDefault("user", "email", "'x@y'"));
    assertEquals(new Column("email", "varchar(255)", true, "'x@y'"), user(withDefault).column("email").orElseThrow());
    assertEquals(START, SchemaReplayer.apply(withDefault, new ColumnOperation.AlterColumnServerDefault("user", "email", null)));
  }

  @Test
  void addPrimaryKeyKeysTheColumnsInOrderAndMakesThemNotNull() {
    Table t = table("t", List.of(col("a", "integer"), col("b", "integer")), List.of());
    Schema after = SchemaReplayer.apply(schema(t), new ConstraintOperation.AddPrimaryKey("t", List.of("b", "a")));
    Table keyed = after.table("t").orElseThrow();
    assertEquals(List.of("b", "a"), keyed.primaryKey());
    assertEquals(List.of(notNull("a", "integer"), notNull("b", "integer")), keyed.columns());
  }

  @Test
  void addUniqueConstraintAddsIt() {
    Schema after = SchemaReplayer.apply(START,
        new ConstraintOperation.AddUniqueConstraint("user", unique("user_id_email_uq", "id", "email")));
    assertEquals(List.of(unique("user_email_key", "email"), unique("user_id_email_uq", "id", "email")),
        user(after).uniqueConstraints());
  }

  @Test
  void dropConstraintDropsAUniqueConstraint() {
    Schema after = SchemaReplayer.apply(START, new ConstraintOperation.DropConstraint("user", "user_email_key"));
    assertEquals(List.of(), user(after).uniqueConstraints());
    assertEquals(List.of("id"), user(after).primaryKey());
  }

  @Test
  void dropConstraintDropsThePrimaryKeyByItsName() {
    Schema after = SchemaReplayer.apply(START, new ConstraintOperation.DropConstraint("user", "user_pkey"));
    assertEquals(List.of(), user(after).primaryKey());
    assertEquals(USER.columns(), user(after).columns());
  }

  @Test
  void executeSqlLeavesTheSchemaAsItIs() {
    assertSame(START, SchemaReplayer.apply(START, new RawOperation.ExecuteSql("UPDATE \"user\" SET email = lower(email)")));
  }

  @Test
  void aListOfOperationsIsAppliedInOrder() {
    Schema after = SchemaReplayer.apply(Schema.EMPTY, List.of(
        new TableOperation.CreateTable(table("t", List.of(col("a", "integer")), List.of())),
        new ColumnOperation.AddColumn("t", col("b", "text"), false),
        new ConstraintOperation.AddPrimaryKey("t", List.of("a")),
        new ColumnOperation.DropColumn("t", "b")));
    assertEquals(schema(table("t", List.of(notNull("a", "integer")), List.of("a"))), after);
  }
}
