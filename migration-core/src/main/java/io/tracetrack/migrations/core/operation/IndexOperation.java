package io.tracetrack.migrations.core.operation;

import static io.tracetrack.migrations.core.operation.SchemaChecks.requireFreeRelationName;
import static io.tracetrack.migrations.core.operation.SchemaChecks.requireNotReferenced;
import static io.tracetrack.migrations.core.sql.PostgresSql.quote;
import static io.tracetrack.migrations.core.sql.PostgresSql.relationOf;

import com.palantir.javapoet.CodeBlock;
import io.tracetrack.migrations.core.schema.Index;
import io.tracetrack.migrations.core.schema.Schema;
import io.tracetrack.migrations.core.schema.Table;
import io.tracetrack.migrations.core.sql.PostgresSql;
import java.util.List;

/** Operations on a table's indexes. */
public sealed interface IndexOperation extends Operation {

  /**
   * Creates an index on a table; {@code concurrently}, without blocking writes while it builds
   * (outside a transaction only).
   */
  record CreateIndex(String table, Index index, boolean concurrently) implements IndexOperation {
    public CreateIndex(String table, Index index) {
      this(table, index, false);
    }

    @Override
    public Schema applyTo(Schema schema) {
      Table target = SchemaChecks.table(schema, table, "createIndex");
      requireFreeRelationName(schema, table, index.name(), "createIndex");
      for (Index.IndexColumn key : index.columns()) {
        if (!key.expression()) {
          SchemaChecks.column(target, key.name(), "createIndex");
        }
      }
      for (String name : index.include()) {
        SchemaChecks.column(target, name, "createIndex (included column)");
      }
      return schema.withTable(target.withIndex(index));
    }

    @Override
    public List<String> statements() {
      return List.of(PostgresSql.createIndex(table, index, concurrently));
    }

    @Override
    public List<CodeBlock> java() {
      return JavaCode.call(concurrently ? "op.createIndexConcurrently($S, $L)" : "op.createIndex($S, $L)", table,
          JavaCode.index(index));
    }

    @Override
    public boolean runsInTransaction() {
      return !concurrently;
    }

    @Override
    public String difference(Operation inverse, Sides sides) {
      return sides.onlyActual((index.unique() ? "unique index " : "index ") + Sides.q(index.name()) + " on "
          + Sides.q(table) + " " + Sides.indexColumns(index));
    }
  }

  /** Drops an index of a table; {@code concurrently}, without blocking its users (outside a transaction only). */
  record DropIndex(String table, String name, boolean concurrently) implements IndexOperation {
    public DropIndex(String table, String name) {
      this(table, name, false);
    }

    @Override
    public Schema applyTo(Schema schema) {
      Table target = SchemaChecks.table(schema, table, "dropIndex");
      Index index = target.index(name).orElseThrow(
          () -> new ReplayException("dropIndex: table \"" + table + "\" has no index \"" + name + "\""));
      requireNotReferenced(schema, target, index.columnNames(), name, "dropIndex");
      return schema.withTable(target.withoutIndex(name));
    }

    @Override
    public List<String> statements() {
      return List.of("DROP INDEX " + (concurrently ? "CONCURRENTLY " : "") + relationOf(table, name));
    }

    @Override
    public List<CodeBlock> java() {
      return JavaCode.call(concurrently ? "op.dropIndexConcurrently($S, $S)" : "op.dropIndex($S, $S)", table, name);
    }

    @Override
    public boolean runsInTransaction() {
      return !concurrently;
    }

    @Override
    public String difference(Operation inverse, Sides sides) {
      return sides.onlyExpected("index " + Sides.q(name) + " on " + Sides.q(table));
    }
  }

  /**
   * The operations with each index creation and drop made concurrent, as a revision that runs
   * outside a transaction can have them; the others as they are.
   */
  static List<Operation> concurrently(List<Operation> operations) {
    return operations.stream().map(operation -> {
      if (operation instanceof CreateIndex create) {
        return new CreateIndex(create.table(), create.index(), true);
      }
      return operation instanceof DropIndex drop ? new DropIndex(drop.table(), drop.name(), true) : operation;
    }).toList();
  }

  /** Renames an index of a table. */
  record RenameIndex(String table, String name, String newName) implements IndexOperation {
    @Override
    public Schema applyTo(Schema schema) {
      Table target = SchemaChecks.table(schema, table, "renameIndex");
      Index index = target.index(name).orElseThrow(
          () -> new ReplayException("renameIndex: table \"" + table + "\" has no index \"" + name + "\""));
      requireFreeRelationName(schema, table, newName, "renameIndex");
      return schema.withTable(target.withoutIndex(name).withIndex(index.withName(newName)));
    }

    @Override
    public List<String> statements() {
      return List.of("ALTER INDEX " + relationOf(table, name) + " RENAME TO " + quote(newName));
    }

    @Override
    public List<CodeBlock> java() {
      return JavaCode.call("op.renameIndex($S, $S, $S)", table, name, newName);
    }

    @Override
    public String difference(Operation inverse, Sides sides) {
      return sides.renamed("index " + Sides.q(name) + " on " + Sides.q(table), newName);
    }
  }
}
