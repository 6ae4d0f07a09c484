package io.tracetrack.migrations.core.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tracetrack.migrations.core.operation.Operation;
import io.tracetrack.migrations.core.schema.CheckConstraint;
import io.tracetrack.migrations.core.schema.Column;
import io.tracetrack.migrations.core.schema.EnumType;
import io.tracetrack.migrations.core.schema.ForeignKey;
import io.tracetrack.migrations.core.schema.Index;
import io.tracetrack.migrations.core.schema.Index.IndexColumn;
import io.tracetrack.migrations.core.schema.Table;
import java.util.List;
import org.junit.jupiter.api.Test;
import io.tracetrack.migrations.core.operation.TableOperation;
import io.tracetrack.migrations.core.operation.ColumnOperation;
import io.tracetrack.migrations.core.operation.ConstraintOperation;
import io.tracetrack.migrations.core.operation.IndexOperation;
import io.tracetrack.migrations.core.operation.EnumOperation;
import io.tracetrack.migrations.core.operation.NamespaceOperation;

/** The SQL of indexes, keys, checks, renames, comments, identity, enum types and schemas. */
class PostgresSqlElementsTest {

  private static List<String> sql(Operation operation) {
    return operation.statements();
  }

  @Test
  void indexesWithSortOrderMethodUniquenessAndPredicate() {
    assertEquals(List.of("CREATE INDEX \"ix_post_user_id\" ON \"post\" (\"user_id\")"),
        sql(new IndexOperation.CreateIndex("post", Index.of("ix_post_user_id", "user_id"))));
    assertEquals(List.of("CREATE UNIQUE INDEX \"ux\" ON \"sales\".\"order\" USING hash (\"a\", \"b\" DESC) WHERE b > 0"),
        sql(new IndexOperation.CreateIndex("sales.order",
            new Index("ux", List.of(IndexColumn.asc("a"), IndexColumn.desc("b")), true, "HASH", "b > 0"))));
    assertEquals(List.of("DROP INDEX \"sales\".\"ux\""), sql(new IndexOperation.DropIndex("sales.order", "ux")));
    assertEquals(List.of("CREATE UNIQUE INDEX CONCURRENTLY \"ux\" ON \"t\" (\"a\")"),
        sql(new IndexOperation.CreateIndex("t", new Index("ux", List.of(IndexColumn.asc("a")), true, null, null), true)));
    assertEquals(List.of("DROP INDEX CONCURRENTLY \"sales\".\"ux\""),
        sql(new IndexOperation.DropIndex("sales.order", "ux", true)));
    assertEquals(List.of("ALTER INDEX \"ix_a\" RENAME TO \"ix_b\""), sql(new IndexOperation.RenameIndex("t", "ix_a", "ix_b")));
  }

  @Test
  void foreignKeysNameTheirActionsOnlyWhenNotNoAction() {
    assertEquals(List.of("ALTER TABLE \"post\" ADD CONSTRAINT \"fk\" FOREIGN KEY (\"user_id\") REFERENCES \"user\" (\"id\")"),
        sql(new ConstraintOperation.AddForeignKey("post", new ForeignKey("fk", List.of("user_id"), "user", List.of("id"), null, null))));
    assertEquals(List.of("ALTER TABLE \"site\" ADD CONSTRAINT \"fk2\" FOREIGN KEY (\"t\", \"r\") REFERENCES \"x\".\"tenant\" (\"id\", \"region\")"
            + " ON DELETE CASCADE ON UPDATE SET NULL"),
        sql(new ConstraintOperation.AddForeignKey("site", new ForeignKey("fk2", List.of("t", "r"), "x.tenant", List.of("id", "region"),
            "cascade", "set_null"))));
  }

  @Test
  void createTableCarriesChecksForeignKeysIdentityIndexesAndComments() {
    Table table = new Table("sales.order",
        List.of(new Column("id", "bigint", false, null, Column.ALWAYS, "key"), new Column("total", "numeric(12,2)", false, "0")),
        List.of("id"), List.of(), List.of(Index.of("ix_order_total", "total")),
        List.of(new ForeignKey("fk", List.of("id"), "sales.other", List.of("id"), null, null)),
        List.of(new CheckConstraint("ck_order_total", "total >= 0")), "Orders' table");
    assertEquals(List.of(
        "CREATE TABLE \"sales\".\"order\" (\n"
            + "    \"id\" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,\n"
            + "    \"total\" numeric(12,2) DEFAULT 0 NOT NULL,\n"
            + "    CONSTRAINT \"order_pkey\" PRIMARY KEY (\"id\"),\n"
            + "    CONSTRAINT \"ck_order_total\" CHECK (total >= 0),\n"
            + "    CONSTRAINT \"fk\" FOREIGN KEY (\"id\") REFERENCES \"sales\".\"other\" (\"id\")\n"
            + ")",
        "CREATE INDEX \"ix_order_total\" ON \"sales\".\"order\" (\"total\")",
        "COMMENT ON TABLE \"sales\".\"order\" IS 'Orders'' table'",
        "COMMENT ON COLUMN \"sales\".\"order\".\"id\" IS 'key'"), sql(new TableOperation.CreateTable(table)));
  }

  @Test
  void renamesAndComments() {
    assertEquals("ALTER TABLE \"post\" RENAME TO \"article\"", sql(new TableOperation.RenameTable("post", "article")).get(0));
    assertTrue(sql(new TableOperation.RenameTable("post", "article")).get(1)
        .contains("ALTER TABLE \"article\" RENAME CONSTRAINT \"post_pkey\" TO \"article_pkey\""));
    assertEquals(List.of("ALTER TABLE \"t\" SET SCHEMA \"s\""), sql(new TableOperation.RenameTable("t", "s.t")).subList(0, 1));
    assertEquals(List.of("ALTER TABLE \"t\" RENAME COLUMN \"a\" TO \"b\""), sql(new ColumnOperation.RenameColumn("t", "a", "b")));
    assertEquals(List.of("ALTER TABLE \"t\" RENAME CONSTRAINT \"a\" TO \"b\""), sql(new ConstraintOperation.RenameConstraint("t", "a", "b")));
    assertEquals(List.of("COMMENT ON TABLE \"t\" IS NULL"), sql(new TableOperation.SetTableComment("t", null)));
    assertEquals(List.of("COMMENT ON COLUMN \"t\".\"c\" IS 'x'"), sql(new ColumnOperation.SetColumnComment("t", "c", "x")));
  }

  @Test
  void identityChangesAndTypeChangesWithUsing() {
    assertEquals(List.of("ALTER TABLE \"t\" ALTER COLUMN \"id\" ADD GENERATED BY DEFAULT AS IDENTITY",
            "SELECT setval(pg_get_serial_sequence('\"t\"', 'id'), coalesce(max(\"id\"), 0) + 1, false) FROM \"t\""),
        sql(new ColumnOperation.AlterColumnIdentity("t", "id", Column.BY_DEFAULT, null)));
    assertEquals(List.of("ALTER TABLE \"t\" ALTER COLUMN \"id\" SET GENERATED ALWAYS"),
        sql(new ColumnOperation.AlterColumnIdentity("t", "id", Column.ALWAYS, Column.BY_DEFAULT)));
    assertEquals(List.of("ALTER TABLE \"t\" ALTER COLUMN \"id\" DROP IDENTITY"),
        sql(new ColumnOperation.AlterColumnIdentity("t", "id", null, Column.ALWAYS)));
    assertEquals(List.of("ALTER TABLE \"t\" ALTER COLUMN \"m\" TYPE mood USING \"m\"::text::mood"),
        sql(new ColumnOperation.AlterColumnType("t", "m", "mood", "\"m\"::text::mood")));
  }

  @Test
  void enumTypesAndSchemas() {
    assertEquals(List.of("CREATE TYPE \"mood\" AS ENUM ('sad', 'it''s ok')"),
        sql(new EnumOperation.CreateEnumType(new EnumType("mood", List.of("sad", "it's ok")))));
    assertEquals(List.of("ALTER TYPE \"mood\" ADD VALUE 'meh' BEFORE 'ok'"), sql(new EnumOperation.AddEnumValue("mood", "meh", "ok")));
    assertEquals(List.of("ALTER TYPE \"mood\" ADD VALUE 'meh'"), sql(new EnumOperation.AddEnumValue("mood", "meh", null)));
    assertTrue(sql(new EnumOperation.DropEnumValue("mood", "meh")).get(0).startsWith("DO $tt$"));
    assertEquals(List.of("DROP TYPE \"mood\""), sql(new EnumOperation.DropEnumType("mood")));
    assertEquals(List.of("CREATE SCHEMA \"sales\""), sql(new NamespaceOperation.CreateSchema("sales")));
    assertEquals(List.of("DROP SCHEMA \"sales\""), sql(new NamespaceOperation.DropSchema("sales")));
  }
}
