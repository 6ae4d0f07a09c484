package io.tracetrack.migrations.core.replay;

import static io.tracetrack.migrations.core.testsupport.Schemas.col;
import static io.tracetrack.migrations.core.testsupport.Schemas.notNull;
import static io.tracetrack.migrations.core.testsupport.Schemas.schema;
import static io.tracetrack.migrations.core.testsupport.Schemas.table;
import static io.tracetrack.migrations.core.testsupport.Schemas.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.tracetrack.migrations.core.operation.ReplayException;
import io.tracetrack.migrations.core.operation.Operation;
import io.tracetrack.migrations.core.schema.Schema;
import java.util.List;
import org.junit.jupiter.api.Test;
import io.tracetrack.migrations.core.operation.TableOperation;
import io.tracetrack.migrations.core.operation.ColumnOperation;
import io.tracetrack.migrations.core.operation.ConstraintOperation;

/** Operations that PostgreSQL would refuse are refused offline, with a message naming the table and column. */
class SchemaReplayerErrorsTest {

  private static final Schema START = schema(table("user",
      List.of(notNull("id", "bigint"), col("email", "text")), List.of("id"), unique("user_email_key", "email")));

  private static String fails(Operation operation) {
    return assertThrows(ReplayException.class, () -> SchemaReplayer.apply(START, operation)).getMessage();
  }

  @Test
  void duplicateTable() {
    assertEquals("createTable: table \"user\" already exists",
        fails(new TableOperation.CreateTable(table("user", List.of(col("a", "text")), List.of()))));
  }

  @Test
  void missingTableForEachTableOperation() {
    assertEquals("dropTable: table \"nope\" does not exist", fails(new TableOperation.DropTable("nope")));
    assertEquals("addColumn: table \"nope\" does not exist",
        fails(new ColumnOperation.AddColumn("nope", col("a", "text"), false)));
    assertEquals("dropColumn: table \"nope\" does not exist", fails(new ColumnOperation.DropColumn("nope", "a")));
    assertEquals("alterColumnType: table \"nope\" does not exist",
        fails(new ColumnOperation.AlterColumnType("nope", "a", "text")));
    assertEquals("alterColumnNullable: table \"nope\" does not exist",
        fails(new ColumnOperation.AlterColumnNullable("nope", "a", true)));
    assertEquals("alterColumnServerDefault: table \"nope\" does not exist",
        fails(new ColumnOperation.AlterColumnServerDefault("nope", "a", "1")));
    assertEquals("createPrimaryKey: table \"nope\" does not exist",
        fails(new ConstraintOperation.AddPrimaryKey("nope", List.of("a"))));
    assertEquals("addUniqueConstraint: table \"nope\" does not exist",
        fails(new ConstraintOperation.AddUniqueConstraint("nope", unique("u", "a"))));
    assertEquals("dropConstraint: table \"nope\" does not exist", fails(new ConstraintOperation.DropConstraint("nope", "u")));
  }

  @Test
  void duplicateColumn() {
    assertEquals("addColumn: column \"email\" already exists in table \"user\"",
        fails(new ColumnOperation.AddColumn("user", col("email", "text"), false)));
  }

  @Test
  void missingColumnForEachColumnOperation() {
    String missing = ": column \"nope\" does not exist in table \"user\"";
    assertEquals("dropColumn" + missing, fails(new ColumnOperation.DropColumn("user", "nope")));
    assertEquals("alterColumnType" + missing, fails(new ColumnOperation.AlterColumnType("user", "nope", "text")));
    assertEquals("alterColumnNullable" + missing, fails(new ColumnOperation.AlterColumnNullable("user", "nope", false)));
    assertEquals("alterColumnServerDefault" + missing, fails(new ColumnOperation.AlterColumnServerDefault("user", "nope", "1")));
    assertEquals("addUniqueConstraint" + missing,
        fails(new ConstraintOperation.AddUniqueConstraint("user", unique("user_nope_key", "nope"))));
  }

  @Test
  void primaryKeyOverAMissingColumn() {
    Schema unkeyed = SchemaReplayer.apply(START, new ConstraintOperation.DropConstraint("user", "user_pkey"));
    ReplayException e = assertThrows(ReplayException.class,
        () -> SchemaReplayer.apply(unkeyed, new ConstraintOperation.AddPrimaryKey("user", List.of("id", "nope"))));
    assertEquals("createPrimaryKey: column \"nope\" does not exist in table \"user\"", e.getMessage());
  }

  @Test
  void secondPrimaryKey() {
    assertEquals("createPrimaryKey: table \"user\" already has a primary key",
        fails(new ConstraintOperation.AddPrimaryKey("user", List.of("email"))));
  }

  @Test
  void duplicateUniqueConstraint() {
    assertEquals("addUniqueConstraint: constraint \"user_email_key\" already exists",
        fails(new ConstraintOperation.AddUniqueConstraint("user", unique("user_email_key", "id"))));
  }

  @Test
  void droppingAnUnknownConstraint() {
    assertEquals("dropConstraint: table \"user\" has no constraint \"user_name_key\"",
        fails(new ConstraintOperation.DropConstraint("user", "user_name_key")));
  }

  @Test
  void droppingThePrimaryKeyOfATableThatHasNone() {
    Schema unkeyed = schema(table("t", List.of(col("a", "text")), List.of()));
    ReplayException e = assertThrows(ReplayException.class,
        () -> SchemaReplayer.apply(unkeyed, new ConstraintOperation.DropConstraint("t", "t_pkey")));
    assertEquals("dropConstraint: table \"t\" has no constraint \"t_pkey\"", e.getMessage());
  }

  @Test
  void makingAPrimaryKeyColumnNullable() {
    assertEquals("alterColumnNullable: column \"id\" is part of the primary key of \"user\" and cannot be nullable",
        fails(new ColumnOperation.AlterColumnNullable("user", "id", true)));
  }

  @Test
  void aFailureInTheMiddleOfAListReportsThatOperation() {
    ReplayException e = assertThrows(ReplayException.class, () -> SchemaReplayer.apply(START, List.of(
        new ColumnOperation.AddColumn("user", col("name", "text"), false),
        new ColumnOperation.AddColumn("user", col("name", "text"), false))));
    assertEquals("addColumn: column \"name\" already exists in table \"user\"", e.getMessage());
  }
}
