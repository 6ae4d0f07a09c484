package io.tracetrack.migrations.core.operation;

import static io.tracetrack.migrations.core.operation.SchemaChecks.checkIdentity;
import static io.tracetrack.migrations.core.operation.SchemaChecks.requireFreeRelationName;
import static io.tracetrack.migrations.core.operation.SchemaChecks.requireSchema;
import static io.tracetrack.migrations.core.sql.PostgresSql.alterTable;
import static io.tracetrack.migrations.core.sql.PostgresSql.columnComment;
import static io.tracetrack.migrations.core.sql.PostgresSql.commentText;
import static io.tracetrack.migrations.core.sql.PostgresSql.literal;
import static io.tracetrack.migrations.core.sql.PostgresSql.quote;

import com.palantir.javapoet.CodeBlock;
import io.tracetrack.migrations.core.schema.CheckConstraint;
import io.tracetrack.migrations.core.schema.Column;
import io.tracetrack.migrations.core.schema.ForeignKey;
import io.tracetrack.migrations.core.schema.Index;
import io.tracetrack.migrations.core.schema.NamingConvention;
import io.tracetrack.migrations.core.schema.Schema;
import io.tracetrack.migrations.core.schema.Table;
import io.tracetrack.migrations.core.schema.UniqueConstraint;
import io.tracetrack.migrations.core.sql.PostgresSql;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Operations on whole tables. */
public sealed interface TableOperation extends Operation {

  /** Creates a table with its columns, keys, constraints, indexes and comments. */
  record CreateTable(Table definition) implements TableOperation {
    @Override
    public String table() {
      return definition.name();
    }

    @Override
    public Schema applyTo(Schema schema) {
      String name = definition.name();
      if (schema.table(name).isPresent()) {
        throw new ReplayException("createTable: table \"" + name + "\" already exists");
      }
      requireSchema(schema, name, "createTable");
      requireFreeRelationName(schema, name, Table.localName(name), "createTable");
      Set<String> names = new HashSet<>();
      for (Column column : definition.columns()) {
        if (!names.add(column.name())) {
          throw new ReplayException("createTable: column \"" + column.name() + "\" is declared twice in \"" + name + "\"");
        }
        checkIdentity(column, "createTable");
      }
      for (String key : definition.primaryKey()) {
        if (definition.column(key).map(Column::nullable).orElse(true)) {
          throw new ReplayException("createTable: primary key column \"" + key + "\" of \"" + name + "\" is missing or nullable");
        }
      }
      Table empty = definition.withIndexes(List.of()).withForeignKeys(List.of()).withCheckConstraints(List.of())
          .withUniqueConstraints(List.of()).withPrimaryKey(List.of());
      // The table's parts are checked as the operations that would add them one by one.
      List<Operation> parts = new ArrayList<>();
      if (!definition.primaryKey().isEmpty()) {
        parts.add(new ConstraintOperation.AddPrimaryKey(name, definition.primaryKey()));
      }
      definition.uniqueConstraints().forEach(u -> parts.add(new ConstraintOperation.AddUniqueConstraint(name, u)));
      definition.checkConstraints().forEach(c -> parts.add(new ConstraintOperation.AddCheckConstraint(name, c)));
      definition.indexes().forEach(i -> parts.add(new IndexOperation.CreateIndex(name, i)));
      definition.foreignKeys().forEach(k -> parts.add(new ConstraintOperation.AddForeignKey(name, k)));
      Schema result = schema.withTable(empty);
      for (Operation part : parts) {
        result = part.applyTo(result);
      }
      return result;
    }

    @Override
    public List<String> statements() {
      List<String> parts = new ArrayList<>();
      for (Column column : definition.columns()) {
        parts.add(PostgresSql.columnDefinition(column));
      }
      if (!definition.primaryKey().isEmpty()) {
        parts.add("CONSTRAINT " + quote(definition.primaryKeyName()) + " PRIMARY KEY ("
            + PostgresSql.columnList(definition.primaryKey()) + ")");
      }
      for (UniqueConstraint unique : definition.uniqueConstraints()) {
        parts.add(PostgresSql.uniqueConstraint(unique));
      }
      for (CheckConstraint check : definition.checkConstraints()) {
        parts.add(PostgresSql.check(check));
      }
      for (ForeignKey key : definition.foreignKeys()) {
        parts.add(PostgresSql.foreignKey(key));
      }
      String name = definition.name();
      List<String> statements = new ArrayList<>();
      definition.columns().stream().filter(c -> c.ownedSequence() != null).forEach(c -> statements.add(
          ColumnOptionOperation.AlterColumnSequence.createSequence(name, c.ownedSequence())));
      statements.add("CREATE TABLE " + PostgresSql.table(name) + " (\n    " + String.join(",\n    ", parts) + "\n)");
      definition.columns().stream().filter(c -> c.ownedSequence() != null).forEach(c -> statements.add(
          ColumnOptionOperation.AlterColumnSequence.ownedBy(name, c.name(), c.ownedSequence())));
      for (Index index : definition.indexes()) {
        statements.add(PostgresSql.createIndex(name, index));
      }
      if (definition.comment() != null) {
        statements.add("COMMENT ON TABLE " + PostgresSql.table(name) + " IS " + literal(definition.comment()));
      }
      for (Column column : definition.columns()) {
        if (column.comment() != null) {
          statements.add(columnComment(name, column.name(), column.comment()));
        }
      }
      return statements;
    }

    @Override
    public List<CodeBlock> java() {
      Table table = definition;
      List<String> keyInColumnOrder = table.columns().stream()
          .map(Column::name).filter(table.primaryKey()::contains).toList();
      // Marking columns primaryKey() keys them in column order; any other key order needs its own call.
      boolean inlineKey = keyInColumnOrder.equals(table.primaryKey());
      CodeBlock.Builder call = CodeBlock.builder().add("op.createTable($S", table.name());
      for (Column column : table.columns()) {
        CodeBlock def = JavaCode.column(column, inlineKey && table.primaryKey().contains(column.name()));
        if (hasInlineUnique(table, column.name())) {
          def = CodeBlock.of("$L.unique()", def);
        }
        call.add(",\n$L", def);
      }
      call.add(")");
      List<CodeBlock> statements = new ArrayList<>();
      statements.add(call.build());
      if (!inlineKey) {
        statements.add(CodeBlock.of("op.createPrimaryKey($S, $L)", table.name(), JavaCode.strings(table.primaryKey())));
      }
      table.uniqueConstraints().stream().filter(u -> !isInline(table, u))
          .forEach(u -> statements.add(JavaCode.uniqueConstraint(table.name(), u)));
      table.checkConstraints().forEach(c -> statements.add(JavaCode.check(table.name(), c)));
      table.indexes().forEach(i -> statements.add(CodeBlock.of("op.createIndex($S, $L)", table.name(), JavaCode.index(i))));
      table.foreignKeys().forEach(k -> statements.add(
          CodeBlock.of("op.addForeignKey($S, $L)", table.name(), JavaCode.foreignKey(k))));
      if (table.comment() != null) {
        statements.add(CodeBlock.of("op.setTableComment($S, $S)", table.name(), table.comment()));
      }
      return statements;
    }

    @Override
    public String difference(Operation inverse, Sides sides) {
      String entity = sides.entities().get(table());
      return sides.onlyActual("table " + Sides.q(table()) + (entity == null ? "" : " (" + entity + ")"));
    }

    /** A single-column unique constraint with the default name is written as {@code .unique()} on its column. */
    private static boolean isInline(Table table, UniqueConstraint unique) {
      return unique.columns().size() == 1
          && unique.name().equals(UniqueConstraint.defaultName(table.name(), unique.columns().get(0)));
    }

    private static boolean hasInlineUnique(Table table, String column) {
      return table.uniqueConstraint(UniqueConstraint.defaultName(table.name(), column))
          .map(u -> u.columns().equals(List.of(column))).orElse(false);
    }
  }

  /** Drops a table and its data. */
  record DropTable(String table) implements TableOperation {
    @Override
    public Schema applyTo(Schema schema) {
      SchemaChecks.table(schema, table, "dropTable");
      for (Table other : schema.tables().values()) {
        for (ForeignKey key : other.foreignKeys()) {
          if (key.referencedTable().equals(table) && !other.name().equals(table)) {
            throw new ReplayException("dropTable: table \"" + table + "\" is referenced by foreign key \""
                + key.name() + "\" of \"" + other.name() + "\"; drop that first");
          }
        }
      }
      return schema.withoutTable(table);
    }

    @Override
    public List<String> statements() {
      return List.of("DROP TABLE " + PostgresSql.table(table));
    }

    @Override
    public List<CodeBlock> java() {
      return JavaCode.call("op.dropTable($S)", table);
    }

    @Override
    public String difference(Operation inverse, Sides sides) {
      return sides.onlyExpected("table " + Sides.q(table));
    }
  }

  /** Renames a table; {@code newName} may name another schema ({@code schema.table}), which moves it. */
  record RenameTable(String table, String newName) implements TableOperation {
    @Override
    public Schema applyTo(Schema schema) {
      Table current = SchemaChecks.table(schema, table, "renameTable");
      if (schema.table(newName).isPresent()) {
        throw new ReplayException("renameTable: table \"" + newName + "\" already exists");
      }
      requireSchema(schema, newName, "renameTable");
      requireFreeRelationName(schema, newName, Table.localName(newName), "renameTable");
      Schema result = schema.withoutTable(table).withTable(repointForeignKeys(current.withName(newName)));
      // Only the tables whose foreign keys point here change: each change of a large schema costs.
      for (Table other : result.tables().values()) {
        if (!other.name().equals(newName) && SchemaChecks.references(other, table)) {
          result = result.withTable(repointForeignKeys(other));
        }
      }
      return result;
    }

    private Table repointForeignKeys(Table of) {
      return of.withForeignKeys(of.foreignKeys().stream()
          .map(k -> k.referencedTable().equals(table) ? k.withReferencedTable(newName) : k).toList());
    }

    @Override
    public List<String> statements() {
      List<String> statements = new ArrayList<>();
      String current = table;
      String toSchema = Table.schemaOf(newName);
      if (!Table.schemaOf(current).equals(toSchema)) {
        statements.add(alterTable(current) + " SET SCHEMA " + quote(toSchema));
        current = Table.qualified(toSchema, Table.localName(current));
      }
      String newLocal = Table.localName(newName);
      if (!Table.localName(current).equals(newLocal)) {
        statements.add(alterTable(current) + " RENAME TO " + quote(newLocal));
      }
      // The primary key keeps the conventional name <table>_pkey, as the model derives it.
      String oldKey = NamingConvention.primaryKey(table);
      String newKey = NamingConvention.primaryKey(newName);
      if (!oldKey.equals(newKey)) {
        String target = PostgresSql.table(newName);
        statements.add(PostgresSql.doBlock("BEGIN\n  IF EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = "
            + literal(target) + "::regclass AND contype = 'p' AND conname = " + literal(oldKey) + ") THEN\n"
            + "    ALTER TABLE " + target + " RENAME CONSTRAINT " + quote(oldKey) + " TO " + quote(newKey) + ";\n"
            + "  END IF;\nEND"));
      }
      return statements;
    }

    @Override
    public List<CodeBlock> java() {
      return JavaCode.call("op.renameTable($S, $S)", table, newName);
    }

    @Override
    public String difference(Operation inverse, Sides sides) {
      return sides.renamed("table " + Sides.q(table), newName);
    }
  }

  /** Sets a table's comment, or removes it when {@code comment} is null. */
  record SetTableComment(String table, String comment) implements TableOperation {
    @Override
    public Schema applyTo(Schema schema) {
      return schema.withTable(SchemaChecks.table(schema, table, "setTableComment").withComment(comment));
    }

    @Override
    public List<String> statements() {
      return List.of("COMMENT ON TABLE " + PostgresSql.table(table) + " IS " + commentText(comment));
    }

    @Override
    public List<CodeBlock> java() {
      return comment == null ? JavaCode.call("op.dropTableComment($S)", table)
          : JavaCode.call("op.setTableComment($S, $S)", table, comment);
    }

    @Override
    public String difference(Operation inverse, Sides sides) {
      String before = inverse instanceof SetTableComment old ? old.comment() : null;
      return sides.differs("table " + Sides.q(table), "has", Sides.comment(comment), Sides.comment(before));
    }
  }
}
