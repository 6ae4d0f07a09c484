package io.tracetrack.migrations.core.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.palantir.javapoet.CodeBlock;
import io.tracetrack.migrations.core.diff.SchemaDiff;
import io.tracetrack.migrations.core.operation.Operation;
import io.tracetrack.migrations.core.schema.Column;
import io.tracetrack.migrations.core.schema.ForeignKey;
import io.tracetrack.migrations.core.schema.Index;
import io.tracetrack.migrations.core.schema.Schema;
import io.tracetrack.migrations.core.schema.Table;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import io.tracetrack.migrations.core.operation.TableOperation;
import io.tracetrack.migrations.core.operation.ColumnOperation;
import io.tracetrack.migrations.core.operation.ConstraintOperation;
import io.tracetrack.migrations.core.operation.IndexOperation;
import io.tracetrack.migrations.core.operation.EnumOperation;

/** An operation in, exact Java out, for the new elements; and the advice above a risky NOT NULL column. */
class MigrationClassWriterElementsTest {

  private static String code(Operation operation) {
    return String.join("\n", MigrationClassWriter.render(operation).stream().map(CodeBlock::toString).toList());
  }

  @Test
  void rendersEachNewOperation() {
    assertEquals("op.createIndex(\"post\", index(\"ix\", \"a\", \"b\").descending(\"b\").unique().using(\"gin\").where(\"a > 0\"))",
        code(new IndexOperation.CreateIndex("post", new Index("ix", List.of(Index.IndexColumn.asc("a"), Index.IndexColumn.desc("b")),
            true, "gin", "a > 0"))));
    assertEquals("op.createIndexConcurrently(\"post\", index(\"ix\", \"a\"))",
        code(new IndexOperation.CreateIndex("post", new Index("ix", List.of(Index.IndexColumn.asc("a")), false, null, null), true)));
    assertEquals("op.dropIndexConcurrently(\"post\", \"ix\")", code(new IndexOperation.DropIndex("post", "ix", true)));
    assertEquals("op.addForeignKey(\"post\", foreignKey(\"fk\", \"user_id\").references(\"user\", \"id\")"
            + ".onDelete(io.tracetrack.migrations.entity.ForeignKey.Action.CASCADE)"
            + ".onUpdate(io.tracetrack.migrations.entity.ForeignKey.Action.SET_NULL))",
        code(new ConstraintOperation.AddForeignKey("post", new ForeignKey("fk", List.of("user_id"), "user", List.of("id"), "CASCADE", "SET NULL"))));
    assertEquals("op.alterColumnType(\"t\", \"m\", \"mood\", \"\\\"m\\\"::text::mood\")",
        code(new ColumnOperation.AlterColumnType("t", "m", "mood", "\"m\"::text::mood")));
    assertEquals("op.alterColumnIdentity(\"t\", \"id\", io.tracetrack.migrations.entity.Column.Identity.ALWAYS,"
            + " io.tracetrack.migrations.entity.Column.Identity.NONE)",
        code(new ColumnOperation.AlterColumnIdentity("t", "id", "always", null)));
    assertEquals("op.alterColumnIdentity(\"t\", \"id\", io.tracetrack.migrations.entity.Column.Identity.NONE,"
            + " io.tracetrack.migrations.entity.Column.Identity.BY_DEFAULT)",
        code(new ColumnOperation.AlterColumnIdentity("t", "id", null, "by default")));
    assertEquals("op.addEnumValueBefore(\"mood\", \"meh\", \"ok\")", code(new EnumOperation.AddEnumValue("mood", "meh", "ok")));
    assertEquals("op.addEnumValue(\"mood\", \"great\")", code(new EnumOperation.AddEnumValue("mood", "great", null)));
    assertEquals("op.dropTableComment(\"post\")", code(new TableOperation.SetTableComment("post", null)));
    assertEquals("op.dropColumnComment(\"post\", \"title\")", code(new ColumnOperation.SetColumnComment("post", "title", null)));
    assertEquals("op.setColumnComment(\"post\", \"title\", \"Shown\")", code(new ColumnOperation.SetColumnComment("post", "title", "Shown")));
    assertEquals("op.renameTable(\"post\", \"article\")", code(new TableOperation.RenameTable("post", "article")));
    assertEquals("op.addColumn(\"t\", column(\"id\", \"bigint\").generatedByDefault().comment(\"key\"))",
        code(new ColumnOperation.AddColumn("t", new Column("id", "bigint", false, null, Column.BY_DEFAULT, "key"), false)));
  }

  @Test
  void notNullColumnWithoutDefaultOffersBothWays() {
    Table before = new Table("user", List.of(new Column("id", "bigint", false, null)), List.of("id"), List.of());
    Table after = before.withColumn(new Column("age", "integer", false, null));
    SchemaDiff diff = SchemaDiff.between(Schema.of(List.of(before)), Schema.of(List.of(after)));
    Map<Operation, String> warnings = diff.warningsByOperation();
    String source = MigrationClassWriter.render("p", "M1_Age", new RevisionHeader("aaaaaaaaaaaa", List.of(), "age", "2026-01-01 00:00:00"),
        diff.upgrade(), diff.downgrade(), warnings, null).toString();
    int start = source.indexOf("public void upgrade");
    String upgrade = source.substring(start, source.indexOf("\n    }", start));
    assertEquals("""
        public void upgrade(Operations op) {
                // WARNING: Adds NOT NULL column "age" to "user" without a server default: this fails if the table has rows; give it a server default, or add it nullable, fill it, then set NOT NULL
                // Either give it a server default for the existing rows:
                //   op.addColumn("user", column("age", "integer").notNull().serverDefault("..."));
                // or add it nullable, fill it, then set NOT NULL:
                //   op.addColumn("user", column("age", "integer"));
                //   op.execute("UPDATE \\"user\\" SET \\"age\\" = ...");
                //   op.alterColumnNullable("user", "age", false);
                op.addColumn("user", column("age", "integer").notNull());""", upgrade);
  }
}
