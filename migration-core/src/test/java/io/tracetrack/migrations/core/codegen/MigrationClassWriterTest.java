package io.tracetrack.migrations.core.codegen;

import static io.tracetrack.migrations.core.testsupport.Schemas.col;
import static io.tracetrack.migrations.core.testsupport.Schemas.notNull;
import static io.tracetrack.migrations.core.testsupport.Schemas.table;
import static io.tracetrack.migrations.core.testsupport.Schemas.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tracetrack.migrations.core.operation.Operation;
import io.tracetrack.migrations.core.schema.Column;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import io.tracetrack.migrations.core.operation.TableOperation;
import io.tracetrack.migrations.core.operation.ColumnOperation;
import io.tracetrack.migrations.core.operation.ConstraintOperation;
import io.tracetrack.migrations.core.operation.RawOperation;

/** The exact source of generated migration classes. */
class MigrationClassWriterTest {

  private static final Operation CREATE_USER = new TableOperation.CreateTable(table("user",
      List.of(notNull("id", "bigint"), notNull("name", "varchar(100)"), col("email", "varchar(255)")),
      List.of("id"), unique("user_email_key", "email")));
  private static final Operation ADD_LAST_LOGIN = new ColumnOperation.AddColumn("user", col("last_login", "timestamp"), false);

  @Test
  void rendersHeaderAnnotationAndOneCallPerOperation() {
    String source = MigrationClassWriter.render("com.example.migrations", "M20261126103000_CreateUser",
        new RevisionHeader("ae1027a6acf1", List.of(), "Create user", "2026-11-26 10:30:00"),
        List.of(CREATE_USER, ADD_LAST_LOGIN),
        List.of(new ColumnOperation.DropColumn("user", "last_login"), new TableOperation.DropTable("user")),
        Map.of(), null).toString();
    assertEquals("""
        package com.example.migrations;

        import static io.tracetrack.migrations.ColumnDef.column;

        import io.tracetrack.migrations.Migration;
        import io.tracetrack.migrations.Operations;
        import io.tracetrack.migrations.Revision;

        /**
         * Create user
         *
         * Revision ID: ae1027a6acf1
         * Revises: <base>
         * Create Date: 2026-11-26 10:30:00
         */
        @Revision(
                id = "ae1027a6acf1",
                message = "Create user",
                createDate = "2026-11-26 10:30:00"
        )
        public final class M20261126103000_CreateUser implements Migration {
            @Override
            public void upgrade(Operations op) {
                op.createTable("user",
                        column("id", "bigint").primaryKey(),
                        column("name", "varchar(100)").notNull(),
                        column("email", "varchar(255)").unique());
                op.addColumn("user", column("last_login", "timestamp"));
            }

            @Override
            public void downgrade(Operations op) {
                op.dropColumn("user", "last_login");
                op.dropTable("user");
            }
        }
        """, source);
  }

  @Test
  void oneParentIsWrittenAsAStringAndTwoAsAnArray() {
    String child = MigrationClassWriter.render("p", "C", new RevisionHeader("bbb", List.of("aaa"), "m", "d"),
        List.of(), List.of(), Map.of(), null).toString();
    assertTrue(child.contains(" * Revises: aaa\n"), child);
    assertTrue(child.contains("        revises = \"aaa\",\n"), child);

    String merge = MigrationClassWriter.render("p", "C", new RevisionHeader("ccc", List.of("aaa", "bbb"), "m", "d"),
        List.of(), List.of(), Map.of(), null).toString();
    assertTrue(merge.contains(" * Revises: aaa, bbb\n"), merge);
    assertTrue(merge.contains("        revises = {\"aaa\", \"bbb\"},\n"), merge);
  }

  @Test
  void warningsGoAboveTheirOwnOperationInEitherMethod() {
    Operation drop = new ColumnOperation.DropColumn("user", "bio");
    Operation dropAgain = new ColumnOperation.DropColumn("user", "bio");
    Operation add = new ColumnOperation.AddColumn("user", col("bio", "text"), false);
    Map<Operation, String> warnings = new IdentityHashMap<>();
    warnings.put(drop, "Drops column \"bio\" of \"user\" and its data");
    String source = MigrationClassWriter.render("p", "C", new RevisionHeader("a", List.of(), "m", "d"),
        List.of(add), List.of(drop, dropAgain), warnings, null).toString();
    assertTrue(source.contains("""
            public void upgrade(Operations op) {
                op.addColumn("user", column("bio", "text"));
            }
        """), source);
    // Keyed by identity: an equal operation without a warning of its own gets none.
    assertTrue(source.contains("""
            public void downgrade(Operations op) {
                // WARNING: Drops column "bio" of "user" and its data
                op.dropColumn("user", "bio");
                op.dropColumn("user", "bio");
            }
        """), source);
  }

  @Test
  void emptyBodiesCarryTheHint() {
    String source = MigrationClassWriter.render("p", "C", new RevisionHeader("a", List.of(), "m", "d"),
        List.of(), List.of(), Map.of(), "Add operations here").toString();
    assertTrue(source.contains("""
            public void upgrade(Operations op) {
                // Add operations here
            }
        """), source);
    assertTrue(source.contains("""
            public void downgrade(Operations op) {
                // Add operations here
            }
        """), source);
  }

  @Test
  void keyOutOfColumnOrderAndNamedUniqueConstraintsGetCallsOfTheirOwn() {
    Operation create = new TableOperation.CreateTable(table("m",
        List.of(notNull("a", "integer"), new Column("b", "integer", false, "0")), List.of("b", "a"),
        unique("m_pair", "a", "b")));
    String source = MigrationClassWriter.render("p", "C", new RevisionHeader("a", List.of(), "m", "d"),
        List.of(create), List.of(), Map.of(), null).toString();
    assertTrue(source.contains("""
                op.createTable("m",
                        column("a", "integer").notNull(),
                        column("b", "integer").notNull().serverDefault("0"));
                op.createPrimaryKey("m", "b", "a");
                op.addUniqueConstraint("m", "m_pair", "a", "b");
        """), source);
  }

  @Test
  void everyOtherOperationIsOneCall() {
    List<Operation> operations = List.of(
        new ColumnOperation.AddColumn("user", new Column("visits", "integer", false, "0"), true),
        new ColumnOperation.AlterColumnType("user", "name", "text"),
        new ColumnOperation.AlterColumnNullable("user", "name", true),
        new ColumnOperation.AlterColumnServerDefault("user", "name", "'x'"),
        new ColumnOperation.AlterColumnServerDefault("user", "name", null),
        new ConstraintOperation.AddPrimaryKey("user", List.of("id", "name")),
        new ConstraintOperation.AddUniqueConstraint("user", unique("user_ab", "a", "b")),
        new ConstraintOperation.DropConstraint("user", "user_pkey"),
        new RawOperation.ExecuteSql("UPDATE \"user\" SET name = 'a\\b'"));
    String source = MigrationClassWriter.render("p", "C", new RevisionHeader("a", List.of(), "m", "d"),
        operations, List.of(), Map.of(), null).toString();
    assertTrue(source.contains("""
                op.addColumn("user", column("visits", "integer").notNull().serverDefault("0").unique());
                op.alterColumnType("user", "name", "text");
                op.alterColumnNullable("user", "name", true);
                op.alterColumnServerDefault("user", "name", "'x'");
                op.dropColumnServerDefault("user", "name");
                op.createPrimaryKey("user", "id", "name");
                op.addUniqueConstraint("user", "user_ab", "a", "b");
                op.dropConstraint("user", "user_pkey");
                op.execute("UPDATE \\"user\\" SET name = 'a\\\\b'");
        """), source);
  }

  @Test
  void aMessageCannotCloseTheJavadocEarly() {
    String source = MigrationClassWriter.render("p", "C", new RevisionHeader("a", List.of(), "Fix */ comments", "d"),
        List.of(), List.of(), Map.of(), null).toString();
    assertTrue(source.contains(" * Fix *&#47; comments\n"), source);
    assertTrue(source.contains("message = \"Fix */ comments\""), source);
  }

  @Test
  void sameInputGivesTheSameSource() {
    RevisionHeader header = new RevisionHeader("ae1027a6acf1", List.of("0123456789ab"), "Create user", "2026-11-26 10:30:00");
    String first = MigrationClassWriter.render("p", "C", header, List.of(CREATE_USER, ADD_LAST_LOGIN), List.of(), Map.of(), null).toString();
    String second = MigrationClassWriter.render("p", "C", header, List.of(CREATE_USER, ADD_LAST_LOGIN), List.of(), Map.of(), null).toString();
    assertEquals(first, second);
  }
}
