package io.tracetrack.migrations.core.testsupport;

import static io.tracetrack.migrations.core.testsupport.Schemas.assertEquivalent;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tracetrack.migrations.core.schema.CheckConstraint;
import io.tracetrack.migrations.core.schema.Column;
import io.tracetrack.migrations.core.schema.EnumType;
import io.tracetrack.migrations.core.schema.ForeignKey;
import io.tracetrack.migrations.core.schema.Index;
import io.tracetrack.migrations.core.schema.Schema;
import io.tracetrack.migrations.core.schema.Sequence;
import io.tracetrack.migrations.core.schema.Table;
import io.tracetrack.migrations.core.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The offline judge of the corpus tests can fail: each attribute, changed alone, makes two schemas differ. */
class SchemasTest {
  private static final Column ID = new Column("id", "bigint", false, null, Column.BY_DEFAULT, null);
  private static final Column EMAIL = new Column("email", "varchar(255)", true, null, null, "contact");
  private static final Column USER_ID = new Column("user_id", "bigint", true, null);
  private static final Table USER = new Table("user", List.of(ID, new Column("name", "text", false, "'anon'"), EMAIL),
      List.of("id"), List.of(new UniqueConstraint("user_email_key", List.of("email"))), List.of(), List.of(), List.of(), "people");
  private static final ForeignKey TASK_USER =
      new ForeignKey("fk_task_user_id_user", List.of("user_id"), "user", List.of("id"), "CASCADE", null);
  private static final Index OPEN = new Index("ix_task_open", List.of(Index.IndexColumn.desc("user_id")), false, null, "user_id > 0");
  private static final Table TASK = new Table("work.task", List.of(new Column("id", "bigint", false, null), USER_ID),
      List.of("id"), List.of(), List.of(OPEN), List.of(TASK_USER), List.of(new CheckConstraint("ck_task_id", "id > 0")), null);
  private static final EnumType STATE = new EnumType("state", List.of("new", "done"));
  private static final Sequence INVOICE = new Sequence("invoice_number", "bigint", 1000, 10, null, null, 1, false);
  private static final Schema SCHEMA = Schema.of(List.of(USER, TASK), List.of(STATE)).withSequences(List.of(INVOICE));

  static Stream<Arguments> changes() {
    return Stream.of(
        change("column comment", s -> s.withTable(USER.withColumn(EMAIL.withComment("mail")))),
        change("column type", s -> s.withTable(USER.withColumn(EMAIL.withType("varchar(256)")))),
        change("nullability", s -> s.withTable(USER.withColumn(EMAIL.withNullable(false)))),
        change("server default", s -> s.withTable(USER.withColumn(EMAIL.withServerDefault("''")))),
        change("identity kind", s -> s.withTable(USER.withColumn(ID.withIdentity(Column.ALWAYS)))),
        change("table comment", s -> s.withTable(USER.withComment("users"))),
        change("primary key", s -> s.withTable(TASK.withPrimaryKey(List.of("id", "user_id")))),
        change("unique columns", s -> s.withTable(USER.withUniqueConstraints(
            List.of(new UniqueConstraint("user_email_key", List.of("email", "name")))))),
        change("foreign key ON UPDATE", s -> s.withTable(TASK.withForeignKey(new ForeignKey(TASK_USER.name(),
            TASK_USER.columns(), "user", TASK_USER.referencedColumns(), TASK_USER.onDelete(), "SET NULL")))),
        change("foreign key ON DELETE", s -> s.withTable(TASK.withForeignKey(new ForeignKey(TASK_USER.name(),
            TASK_USER.columns(), "user", TASK_USER.referencedColumns(), null, TASK_USER.onUpdate())))),
        change("index predicate", s -> s.withTable(TASK.withIndex(new Index(OPEN.name(), OPEN.columns(), false, null, null)))),
        change("index sort order", s -> s.withTable(TASK.withIndex(new Index(OPEN.name(),
            List.of(Index.IndexColumn.asc("user_id")), false, null, OPEN.where())))),
        change("index method", s -> s.withTable(TASK.withIndex(new Index(OPEN.name(), OPEN.columns(), false, "brin", OPEN.where())))),
        change("check expression", s -> s.withTable(TASK.withCheckConstraint(new CheckConstraint("ck_task_id", "id >= 0")))),
        change("enum label order", s -> s.withEnum(new EnumType("state", List.of("done", "new")))),
        change("sequence cache", s -> s.withSequence(new Sequence("invoice_number", "bigint", 1000, 10, null, null, 20, false))),
        change("sequence cycle", s -> s.withSequence(new Sequence("invoice_number", "bigint", 1000, 10, null, null, 1, true))),
        change("sequence dropped", s -> s.withoutSequence("invoice_number")),
        change("schemas", s -> s.withSchemas(Set.of("work", "audit"))));
  }

  private static Arguments change(String name, UnaryOperator<Schema> change) {
    return Arguments.of(name, change);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("changes")
  void eachAttributeChangedAloneIsADifference(String name, UnaryOperator<Schema> change) {
    Schema changed = change.apply(SCHEMA);
    AssertionError failure = assertThrows(AssertionError.class, () -> assertEquivalent(SCHEMA, changed, name));
    assertTrue(failure.getMessage().startsWith(name + ": the schemas differ"), failure.getMessage());
  }

  @Test
  void columnOrderIsNotADifference() {
    List<Column> reversed = new ArrayList<>(USER.columns());
    Collections.reverse(reversed);
    assertEquivalent(SCHEMA, SCHEMA.withTable(USER.withColumns(reversed)), "column order");
  }
}
