package io.tracetrack.migrations.core.diff;

import static io.tracetrack.migrations.core.diff.SchemaDiffCases.POST;
import static io.tracetrack.migrations.core.diff.SchemaDiffCases.USER;
import static io.tracetrack.migrations.core.diff.SchemaDiffCases.replace;
import static io.tracetrack.migrations.core.diff.SchemaDiffCases.withColumns;
import static io.tracetrack.migrations.core.diff.SchemaDiffCases.withUniques;
import static io.tracetrack.migrations.core.testsupport.Schemas.col;
import static io.tracetrack.migrations.core.testsupport.Schemas.notNull;
import static io.tracetrack.migrations.core.testsupport.Schemas.schema;
import static io.tracetrack.migrations.core.testsupport.Schemas.table;
import static io.tracetrack.migrations.core.testsupport.Schemas.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tracetrack.migrations.core.operation.Operation;
import io.tracetrack.migrations.core.operation.ColumnOperation.AddColumn;
import io.tracetrack.migrations.core.operation.ConstraintOperation.AddPrimaryKey;
import io.tracetrack.migrations.core.operation.ConstraintOperation.AddUniqueConstraint;
import io.tracetrack.migrations.core.operation.ColumnOperation.AlterColumnNullable;
import io.tracetrack.migrations.core.operation.ColumnOperation.AlterColumnServerDefault;
import io.tracetrack.migrations.core.operation.ColumnOperation.AlterColumnType;
import io.tracetrack.migrations.core.operation.TableOperation.CreateTable;
import io.tracetrack.migrations.core.operation.ColumnOperation.DropColumn;
import io.tracetrack.migrations.core.operation.ConstraintOperation.DropConstraint;
import io.tracetrack.migrations.core.operation.TableOperation.DropTable;
import io.tracetrack.migrations.core.schema.Column;
import io.tracetrack.migrations.core.schema.Schema;
import io.tracetrack.migrations.core.schema.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The exact operations the diff finds for each kind of change, and their order. */
class SchemaDiffTest {

  private static SchemaDiff diff(Schema from, Schema to) {
    return SchemaDiff.between(from, to);
  }

  @Test
  void equalSchemasHaveNoDifference() {
    assertTrue(diff(schema(USER, POST), schema(POST, USER)).isEmpty());
    assertTrue(diff(Schema.EMPTY, Schema.EMPTY).isEmpty());
  }

  @Test
  void columnOrderIsNoDifference() {
    Table reordered = new Table("user", List.of(USER.columns().get(2), USER.columns().get(0), USER.columns().get(1)),
        USER.primaryKey(), USER.uniqueConstraints());
    assertTrue(diff(schema(USER), schema(reordered)).isEmpty());
    assertTrue(SchemaDiff.equivalent(schema(USER), schema(reordered)));
  }

  @Test
  void typeAliasesAreNoDifference() {
    Table spelledDifferently = replace(USER, notNull("id", "int8"));
    assertTrue(diff(schema(USER), schema(spelledDifferently)).isEmpty());
  }

  @Test
  void addTable() {
    SchemaDiff diff = diff(schema(USER), schema(USER, POST));
    assertEquals(List.of(new CreateTable(POST)), diff.upgrade());
    assertEquals(List.of(new DropTable("post")), diff.downgrade());
  }

  @Test
  void dropTable() {
    SchemaDiff diff = diff(schema(USER, POST), schema(USER));
    assertEquals(List.of(new DropTable("post")), diff.upgrade());
    assertEquals(List.of(new CreateTable(POST)), diff.downgrade());
  }

  @Test
  void addColumn() {
    Column lastLogin = col("last_login", "timestamp");
    SchemaDiff diff = diff(schema(USER), schema(withColumns(USER, lastLogin)));
    assertEquals(List.of(new AddColumn("user", lastLogin, false)), diff.upgrade());
    assertEquals(List.of(new DropColumn("user", "last_login")), diff.downgrade());
  }

  @Test
  void dropColumn() {
    Column lastLogin = col("last_login", "timestamp");
    SchemaDiff diff = diff(schema(withColumns(USER, lastLogin)), schema(USER));
    assertEquals(List.of(new DropColumn("user", "last_login")), diff.upgrade());
    assertEquals(List.of(new AddColumn("user", lastLogin, false)), diff.downgrade());
  }

  @Test
  void typeChange() {
    SchemaDiff diff = diff(schema(USER), schema(replace(USER, notNull("name", "text"))));
    assertEquals(List.of(new AlterColumnType("user", "name", "text")), diff.upgrade());
    assertEquals(List.of(new AlterColumnType("user", "name", "varchar(100)")), diff.downgrade());
  }

  @Test
  void nullability() {
    SchemaDiff diff = diff(schema(USER), schema(replace(USER, notNull("email", "varchar(255)"))));
    assertEquals(List.of(new AlterColumnNullable("user", "email", false)), diff.upgrade());
    assertEquals(List.of(new AlterColumnNullable("user", "email", true)), diff.downgrade());
  }

  @Test
  void serverDefault() {
    SchemaDiff diff = diff(schema(USER), schema(replace(USER, new Column("name", "varchar(100)", false, "'anon'"))));
    assertEquals(List.of(new AlterColumnServerDefault("user", "name", "'anon'")), diff.upgrade());
    assertEquals(List.of(new AlterColumnServerDefault("user", "name", null)), diff.downgrade());
  }

  @Test
  void typeThenDefaultThenNullabilityAndTheReverseOnTheWayDown() {
    SchemaDiff diff = diff(schema(USER), schema(replace(USER, new Column("email", "text", false, "''"))));
    assertEquals(List.of(
        new AlterColumnType("user", "email", "text"),
        new AlterColumnServerDefault("user", "email", "''"),
        new AlterColumnNullable("user", "email", false)), diff.upgrade());
    assertEquals(List.of(
        new AlterColumnNullable("user", "email", true),
        new AlterColumnServerDefault("user", "email", null),
        new AlterColumnType("user", "email", "varchar(255)")), diff.downgrade());
  }

  @Test
  void uniqueAdd() {
    SchemaDiff diff = diff(schema(USER), schema(withUniques(USER, unique("user_email_key", "email"), unique("user_name_key", "name"))));
    assertEquals(List.of(new AddUniqueConstraint("user", unique("user_name_key", "name"))), diff.upgrade());
    assertEquals(List.of(new DropConstraint("user", "user_name_key")), diff.downgrade());
  }

  @Test
  void uniqueDrop() {
    SchemaDiff diff = diff(schema(USER), schema(withUniques(USER)));
    assertEquals(List.of(new DropConstraint("user", "user_email_key")), diff.upgrade());
    assertEquals(List.of(new AddUniqueConstraint("user", unique("user_email_key", "email"))), diff.downgrade());
  }

  @Test
  void uniqueOverOtherColumnsIsDroppedThenAdded() {
    SchemaDiff diff = diff(schema(USER), schema(withUniques(USER, unique("user_email_key", "email", "name"))));
    assertEquals(List.of(new DropConstraint("user", "user_email_key"),
        new AddUniqueConstraint("user", unique("user_email_key", "email", "name"))), diff.upgrade());
  }

  @Test
  void primaryKeyChangeDropsTheOldKeyFirstAndAddsTheNewOneLast() {
    Table before = table("m", List.of(notNull("a", "integer"), notNull("b", "integer"), col("c", "text")), List.of("a"));
    Table after = table("m", List.of(notNull("a", "integer"), notNull("b", "integer"), notNull("c", "text")), List.of("b", "c"));
    SchemaDiff diff = diff(schema(before), schema(after));
    assertEquals(List.of(
        new DropConstraint("m", "m_pkey"),
        new AlterColumnNullable("m", "c", false),
        new AddPrimaryKey("m", List.of("b", "c"))), diff.upgrade());
    assertEquals(List.of(
        new DropConstraint("m", "m_pkey"),
        new AlterColumnNullable("m", "c", true),
        new AddPrimaryKey("m", List.of("a"))), diff.downgrade());
  }

  @Test
  void addingAKeyToAnUnkeyedTableDropsNothing() {
    Table before = table("log", List.of(notNull("id", "bigint")), List.of());
    Table after = table("log", List.of(notNull("id", "bigint")), List.of("id"));
    SchemaDiff diff = diff(schema(before), schema(after));
    assertEquals(List.of(new AddPrimaryKey("log", List.of("id"))), diff.upgrade());
    assertEquals(List.of(new DropConstraint("log", "log_pkey")), diff.downgrade());
  }

  @Test
  void orderIsConstraintDropsThenCreatesThenPerTableChangesThenDrops() {
    Table oldTable = table("aaa_old", List.of(col("x", "text")), List.of());
    Table newTable = table("zzz_new", List.of(col("x", "text")), List.of());
    Table newTable2 = table("bbb_new", List.of(col("x", "text")), List.of());
    Schema from = schema(oldTable, USER, POST);
    Schema to = schema(newTable, newTable2,
        withUniques(withColumns(USER, col("bio", "text")), unique("user_name_key", "name")),
        withColumns(replace(POST, notNull("title", "text")), col("body", "text")));
    List<Operation> upgrade = diff(from, to).upgrade();
    assertEquals(List.of(
        // constraints and indexes that go are dropped first, so their names are free for what follows
        new DropConstraint("user", "user_email_key"),
        new CreateTable(newTable2),
        new CreateTable(newTable),
        // "post" before "user": tables sorted by name
        new AddColumn("post", col("body", "text"), false),
        new AlterColumnNullable("post", "title", false),
        // within a table: column adds, column drops, column changes, key, constraint adds
        new AddColumn("user", col("bio", "text"), false),
        new AddUniqueConstraint("user", unique("user_name_key", "name")),
        new DropTable("aaa_old")), upgrade);
  }

  @Test
  void withinATableConstraintDropsComeBeforeColumnDropsAndConstraintAddsAfterColumnAdds() {
    Table before = table("t", List.of(notNull("id", "bigint"), col("old", "text")), List.of("id"), unique("t_old_key", "old"));
    Table after = table("t", List.of(notNull("id", "bigint"), col("fresh", "text")), List.of("id"), unique("t_fresh_key", "fresh"));
    assertEquals(List.of(
        new DropConstraint("t", "t_old_key"),
        new AddColumn("t", col("fresh", "text"), false),
        new DropColumn("t", "old"),
        new AddUniqueConstraint("t", unique("t_fresh_key", "fresh"))), diff(schema(before), schema(after)).upgrade());
  }

  @Test
  void downgradeIsTheInverseOfEachStepLastFirst() {
    SchemaDiff diff = diff(schema(USER), schema(withColumns(replace(USER, notNull("name", "text")), col("bio", "text")), POST));
    List<Step> steps = diff.steps();
    List<Operation> expected = new java.util.ArrayList<>(steps.stream().map(Step::backward).toList());
    java.util.Collections.reverse(expected);
    assertEquals(expected, diff.downgrade());
    assertEquals(steps.stream().map(Step::forward).toList(), diff.upgrade());
  }
}
