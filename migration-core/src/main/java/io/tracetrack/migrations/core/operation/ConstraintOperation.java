package io.tracetrack.migrations.core.operation;

import static io.tracetrack.migrations.core.operation.SchemaChecks.hasUniqueKey;
import static io.tracetrack.migrations.core.operation.SchemaChecks.requireFreeConstraintName;
import static io.tracetrack.migrations.core.operation.SchemaChecks.requireFreeRelationName;
import static io.tracetrack.migrations.core.operation.SchemaChecks.requireNotReferenced;
import static io.tracetrack.migrations.core.sql.PostgresSql.alterTable;
import static io.tracetrack.migrations.core.sql.PostgresSql.quote;

import com.palantir.javapoet.CodeBlock;
import io.tracetrack.migrations.core.schema.CheckConstraint;
import io.tracetrack.migrations.core.schema.ForeignKey;
import io.tracetrack.migrations.core.schema.NamingConvention;
import io.tracetrack.migrations.core.schema.Schema;
import io.tracetrack.migrations.core.schema.Table;
import io.tracetrack.migrations.core.schema.UniqueConstraint;
import io.tracetrack.migrations.core.sql.PostgresSql;
import java.util.List;

/** Operations on a table's constraints: primary key, unique, foreign key and check. */
public sealed interface ConstraintOperation extends Operation {

  /** Adds a primary key, named {@code <table>_pkey}; its columns become NOT NULL. */
  record AddPrimaryKey(String table, List<String> columns) implements ConstraintOperation {
    public AddPrimaryKey {
      columns = List.copyOf(columns);
    }

    @Override
    public Schema applyTo(Schema schema) {
      Table target = SchemaChecks.table(schema, table, "createPrimaryKey");
      if (!target.primaryKey().isEmpty()) {
        throw new ReplayException("createPrimaryKey: table \"" + table + "\" already has a primary key");
      }
      requireFreeRelationName(schema, table, target.primaryKeyName(), "createPrimaryKey");
      Table changed = target;
      for (String name : columns) {
        changed = changed.withColumn(SchemaChecks.column(target, name, "createPrimaryKey").withNullable(false));
      }
      return schema.withTable(changed.withPrimaryKey(columns));
    }

    @Override
    public List<String> statements() {
      return List.of(alterTable(table) + " ADD CONSTRAINT " + quote(NamingConvention.primaryKey(table))
          + " PRIMARY KEY (" + PostgresSql.columnList(columns) + ")");
    }

    @Override
    public List<CodeBlock> java() {
      return JavaCode.call("op.createPrimaryKey($S, $L)", table, JavaCode.strings(columns));
    }

    @Override
    public String difference(Operation inverse, Sides sides) {
      return sides.onlyActual("primary key of " + Sides.q(table) + " " + Sides.columns(columns));
    }
  }

  /** Adds a unique constraint over one or more columns. */
  record AddUniqueConstraint(String table, UniqueConstraint constraint) implements ConstraintOperation {
    @Override
    public Schema applyTo(Schema schema) {
      Table target = SchemaChecks.table(schema, table, "addUniqueConstraint");
      if (target.uniqueConstraint(constraint.name()).isPresent()) {
        throw new ReplayException("addUniqueConstraint: constraint \"" + constraint.name() + "\" already exists");
      }
      requireFreeRelationName(schema, table, constraint.name(), "addUniqueConstraint");
      for (String name : constraint.columns()) {
        SchemaChecks.column(target, name, "addUniqueConstraint");
      }
      return schema.withTable(target.withUniqueConstraint(constraint));
    }

    @Override
    public List<String> statements() {
      return List.of(alterTable(table) + " ADD " + PostgresSql.uniqueConstraint(constraint));
    }

    @Override
    public List<CodeBlock> java() {
      return List.of(JavaCode.uniqueConstraint(table, constraint));
    }

    @Override
    public String difference(Operation inverse, Sides sides) {
      return sides.onlyActual("unique constraint " + Sides.q(constraint.name()) + " on " + Sides.q(table) + " "
          + Sides.columns(constraint.columns()));
    }
  }

  /** Adds a foreign key; the referenced columns must carry a unique key. */
  record AddForeignKey(String table, ForeignKey foreignKey) implements ConstraintOperation {
    @Override
    public Schema applyTo(Schema schema) {
      Table source = SchemaChecks.table(schema, table, "addForeignKey");
      requireFreeConstraintName(source, foreignKey.name(), "addForeignKey");
      for (String name : foreignKey.columns()) {
        SchemaChecks.column(source, name, "addForeignKey");
      }
      // A key on its own table sees the table as it is being changed.
      Table target = foreignKey.referencedTable().equals(table) ? source
          : SchemaChecks.table(schema, foreignKey.referencedTable(), "addForeignKey (referenced table)");
      for (String name : foreignKey.referencedColumns()) {
        SchemaChecks.column(target, name, "addForeignKey (referenced column)");
      }
      if (!hasUniqueKey(target, foreignKey.referencedColumns())) {
        throw new ReplayException("addForeignKey: there is no unique constraint matching the referenced columns "
            + foreignKey.referencedColumns() + " of \"" + target.name() + "\"");
      }
      return schema.withTable(source.withForeignKey(foreignKey));
    }

    @Override
    public List<String> statements() {
      return List.of(alterTable(table) + " ADD " + PostgresSql.foreignKey(foreignKey));
    }

    @Override
    public List<CodeBlock> java() {
      return JavaCode.call("op.addForeignKey($S, $L)", table, JavaCode.foreignKey(foreignKey));
    }

    @Override
    public String difference(Operation inverse, Sides sides) {
      return sides.onlyActual("foreign key " + Sides.q(foreignKey.name()) + " on " + Sides.q(table) + " "
          + Sides.columns(foreignKey.columns()) + " referencing " + Sides.q(foreignKey.referencedTable()) + " "
          + Sides.columns(foreignKey.referencedColumns()));
    }
  }

  /** Adds a check constraint. */
  record AddCheckConstraint(String table, CheckConstraint check) implements ConstraintOperation {
    @Override
    public Schema applyTo(Schema schema) {
      Table target = SchemaChecks.table(schema, table, "addCheckConstraint");
      requireFreeConstraintName(target, check.name(), "addCheckConstraint");
      return schema.withTable(target.withCheckConstraint(check));
    }

    @Override
    public List<String> statements() {
      return List.of(alterTable(table) + " ADD " + PostgresSql.check(check));
    }

    @Override
    public List<CodeBlock> java() {
      return List.of(JavaCode.check(table, check));
    }

    @Override
    public String difference(Operation inverse, Sides sides) {
      return sides.onlyActual("check constraint " + Sides.q(check.name()) + " on " + Sides.q(table) + " "
          + Sides.parenthesized(check.expression()));
    }
  }

  /** Drops a constraint of any kind, or the primary key ({@code <table>_pkey}), by name. */
  record DropConstraint(String table, String name) implements ConstraintOperation {
    @Override
    public Schema applyTo(Schema schema) {
      Table target = SchemaChecks.table(schema, table, "dropConstraint");
      if (name.equals(target.primaryKeyName()) && !target.primaryKey().isEmpty()) {
        requireNotReferenced(schema, target, target.primaryKey(), name, "dropConstraint");
        return schema.withTable(target.withPrimaryKey(List.of()));
      }
      if (target.uniqueConstraint(name).isPresent()) {
        requireNotReferenced(schema, target, target.uniqueConstraint(name).get().columns(), name, "dropConstraint");
        return schema.withTable(target.withoutUniqueConstraint(name));
      }
      if (target.foreignKey(name).isPresent()) {
        return schema.withTable(target.withoutForeignKey(name));
      }
      if (target.checkConstraint(name).isPresent()) {
        return schema.withTable(target.withoutCheckConstraint(name));
      }
      throw new ReplayException("dropConstraint: table \"" + table + "\" has no constraint \"" + name + "\"");
    }

    @Override
    public List<String> statements() {
      return List.of(alterTable(table) + " DROP CONSTRAINT " + quote(name));
    }

    @Override
    public List<CodeBlock> java() {
      return JavaCode.call("op.dropConstraint($S, $S)", table, name);
    }

    @Override
    public String difference(Operation inverse, Sides sides) {
      return sides.onlyExpected("constraint " + Sides.q(name) + " on " + Sides.q(table));
    }
  }

  /** Renames a constraint of any kind (and the index behind a unique constraint). */
  record RenameConstraint(String table, String name, String newName) implements ConstraintOperation {
    @Override
    public Schema applyTo(Schema schema) {
      Table target = SchemaChecks.table(schema, table, "renameConstraint");
      if (target.uniqueConstraint(name).isPresent()) {
        requireFreeRelationName(schema, table, newName, "renameConstraint");
        UniqueConstraint unique = target.uniqueConstraint(name).get();
        return schema.withTable(target.withoutUniqueConstraint(name).withUniqueConstraint(unique.withName(newName)));
      }
      requireFreeConstraintName(target, newName, "renameConstraint");
      if (target.foreignKey(name).isPresent()) {
        ForeignKey key = target.foreignKey(name).get();
        return schema.withTable(target.withoutForeignKey(name).withForeignKey(key.withName(newName)));
      }
      if (target.checkConstraint(name).isPresent()) {
        CheckConstraint check = target.checkConstraint(name).get();
        return schema.withTable(target.withoutCheckConstraint(name).withCheckConstraint(check.withName(newName)));
      }
      throw new ReplayException("renameConstraint: table \"" + table + "\" has no renamable constraint \"" + name
          + "\" (a primary key keeps the name <table>_pkey)");
    }

    @Override
    public List<String> statements() {
      return List.of(alterTable(table) + " RENAME CONSTRAINT " + quote(name) + " TO " + quote(newName));
    }

    @Override
    public List<CodeBlock> java() {
      return JavaCode.call("op.renameConstraint($S, $S, $S)", table, name, newName);
    }

    @Override
    public String difference(Operation inverse, Sides sides) {
      return sides.renamed("constraint " + Sides.q(name) + " on " + Sides.q(table), newName);
    }
  }
}
