package io.tracetrack.migrations.core.operation;

import static io.tracetrack.migrations.core.operation.SchemaChecks.checkIdentity;
import static io.tracetrack.migrations.core.operation.SchemaChecks.replace;
import static io.tracetrack.migrations.core.operation.SchemaChecks.requireFreeRelationName;
import static io.tracetrack.migrations.core.sql.PostgresSql.alterColumn;
import static io.tracetrack.migrations.core.sql.PostgresSql.alterTable;
import static io.tracetrack.migrations.core.sql.PostgresSql.columnComment;
import static io.tracetrack.migrations.core.sql.PostgresSql.identityKeyword;
import static io.tracetrack.migrations.core.sql.PostgresSql.literal;
import static io.tracetrack.migrations.core.sql.PostgresSql.quote;

import com.palantir.javapoet.CodeBlock;
import io.tracetrack.migrations.core.schema.CheckConstraint;
import io.tracetrack.migrations.core.schema.Column;
import io.tracetrack.migrations.core.schema.ForeignKey;
import io.tracetrack.migrations.core.schema.Index;
import io.tracetrack.migrations.core.schema.Schema;
import io.tracetrack.migrations.core.schema.SqlExpressions;
import io.tracetrack.migrations.core.schema.Table;
import io.tracetrack.migrations.core.schema.UniqueConstraint;
import io.tracetrack.migrations.core.sql.PostgresSql;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Operations on one column of a table. */
public sealed interface ColumnOperation extends Operation {

  /** Adds a column; {@code unique} also gives it a unique constraint of the default name. */
  record AddColumn(String table, Column column, boolean unique) implements ColumnOperation {
    @Override
    public Schema applyTo(Schema schema) {
      Table target = SchemaChecks.table(schema, table, "addColumn");
      if (target.column(column.name()).isPresent()) {
        throw new ReplayException("addColumn: column \"" + column.name() + "\" already exists in table \"" + table + "\"");
      }
      checkIdentity(column, "addColumn");
      Table changed = target.withColumn(column);
      if (unique) {
        String name = UniqueConstraint.defaultName(table, column.name());
        requireFreeRelationName(schema, table, name, "addColumn");
        changed = changed.withUniqueConstraint(new UniqueConstraint(name, List.of(column.name())));
      }
      return schema.withTable(changed);
    }

    @Override
    public List<String> statements() {
      String sql = alterTable(table) + " ADD COLUMN " + PostgresSql.columnDefinition(column);
      if (unique) {
        sql += " CONSTRAINT " + quote(UniqueConstraint.defaultName(table, column.name())) + " UNIQUE";
      }
      List<String> statements = new ArrayList<>();
      if (column.ownedSequence() != null) {
        statements.add(ColumnOptionOperation.AlterColumnSequence.createSequence(table, column.ownedSequence()));
      }
      statements.add(sql);
      if (column.ownedSequence() != null) {
        statements.add(ColumnOptionOperation.AlterColumnSequence.ownedBy(table, column.name(), column.ownedSequence()));
      }
      if (column.comment() != null) {
        statements.add(columnComment(table, column.name(), column.comment()));
      }
      return statements;
    }

    @Override
    public List<CodeBlock> java() {
      CodeBlock def = JavaCode.column(column, false);
      return JavaCode.call("op.addColumn($S, $L)", table, unique ? CodeBlock.of("$L.unique()", def) : def);
    }

    @Override
    public String difference(Operation inverse, Sides sides) {
      return sides.onlyActual("column " + Sides.column(table, column.name()) + " (" + column.type() + ")");
    }
  }

  /** Drops a column and its data, and the checks and partial indexes that use it. */
  record DropColumn(String table, String column) implements ColumnOperation {
    @Override
    public Schema applyTo(Schema schema) {
      Table target = SchemaChecks.table(schema, table, "dropColumn");
      SchemaChecks.column(target, column, "dropColumn");
      for (Table other : schema.tables().values()) {
        for (ForeignKey key : other.foreignKeys()) {
          if (key.referencedTable().equals(table) && key.referencedColumns().contains(column)
              && !(other.name().equals(table) && key.columns().contains(column))) {
            throw new ReplayException("dropColumn: column \"" + column + "\" of \"" + table
                + "\" is referenced by foreign key \"" + key.name() + "\" of \"" + other.name() + "\"; drop that first");
          }
        }
      }
      Table without = target.withoutColumn(column);
      // PostgreSQL also drops the checks and partial indexes whose expressions use the column.
      List<CheckConstraint> checks = new ArrayList<>(without.checkConstraints());
      checks.removeIf(c -> SqlExpressions.mentions(c.expression(), column));
      List<Index> indexes = new ArrayList<>(without.indexes());
      indexes.removeIf(i -> i.where() != null && SqlExpressions.mentions(i.where(), column));
      return schema.withTable(without.withCheckConstraints(checks).withIndexes(indexes));
    }

    @Override
    public List<String> statements() {
      return List.of(alterTable(table) + " DROP COLUMN " + quote(column));
    }

    @Override
    public List<CodeBlock> java() {
      return JavaCode.call("op.dropColumn($S, $S)", table, column);
    }

    @Override
    public String difference(Operation inverse, Sides sides) {
      return sides.onlyExpected("column " + Sides.column(table, column));
    }
  }

  /**
   * Changes a column's type; {@code using} is the SQL expression that converts the old values, or
   * null for {@code column::newType}.
   */
  record AlterColumnType(String table, String column, String newType, String using) implements ColumnOperation {
    public AlterColumnType(String table, String column, String newType) {
      this(table, column, newType, null);
    }

    /** A type change that converts through text, as a change to or from an enum type must. */
    public static AlterColumnType throughText(String table, String column, String newType) {
      String asText = quote(column) + "::text";
      return new AlterColumnType(table, column, newType, newType.equals("text") ? asText : asText + "::" + newType);
    }

    @Override
    public Schema applyTo(Schema schema) {
      Table target = SchemaChecks.table(schema, table, "alterColumnType");
      // PostgreSQL gives the column the new type's default collation, as a TYPE without COLLATE says.
      return schema.withTable(target.withColumn(SchemaChecks.column(target, column, "alterColumnType").withType(newType)
          .withCollation(null)));
    }

    @Override
    public List<String> statements() {
      String conversion = using != null ? using : quote(column) + "::" + newType;
      return List.of(alterColumn(table, column) + " TYPE " + newType + " USING " + conversion);
    }

    @Override
    public List<CodeBlock> java() {
      return using == null ? JavaCode.call("op.alterColumnType($S, $S, $S)", table, column, newType)
          : JavaCode.call("op.alterColumnType($S, $S, $S, $S)", table, column, newType, using);
    }

    @Override
    public String difference(Operation inverse, Sides sides) {
      String before = inverse instanceof AlterColumnType old ? old.newType() : "another type";
      return sides.differs("column " + Sides.column(table, column), "is", newType, before);
    }
  }

  /** Adds or removes a column's {@code NOT NULL}. */
  record AlterColumnNullable(String table, String column, boolean nullable) implements ColumnOperation {
    @Override
    public Schema applyTo(Schema schema) {
      Table target = SchemaChecks.table(schema, table, "alterColumnNullable");
      Column current = SchemaChecks.column(target, column, "alterColumnNullable");
      if (nullable && target.primaryKey().contains(column)) {
        throw new ReplayException("alterColumnNullable: column \"" + column
            + "\" is part of the primary key of \"" + table + "\" and cannot be nullable");
      }
      if (nullable && current.identity() != null) {
        throw new ReplayException("alterColumnNullable: column \"" + column + "\" of \"" + table
            + "\" is an identity column and cannot be nullable");
      }
      return schema.withTable(target.withColumn(current.withNullable(nullable)));
    }

    @Override
    public List<String> statements() {
      return List.of(alterColumn(table, column) + (nullable ? " DROP NOT NULL" : " SET NOT NULL"));
    }

    @Override
    public List<CodeBlock> java() {
      return JavaCode.call("op.alterColumnNullable($S, $S, $L)", table, column, nullable);
    }

    @Override
    public String difference(Operation inverse, Sides sides) {
      return sides.differs("column " + Sides.column(table, column), "is", Sides.nullability(nullable),
          Sides.nullability(!nullable));
    }
  }

  /** Sets a server default, or removes it when {@code expression} is null. */
  record AlterColumnServerDefault(String table, String column, String expression) implements ColumnOperation {
    @Override
    public Schema applyTo(Schema schema) {
      Table target = SchemaChecks.table(schema, table, "alterColumnServerDefault");
      Column current = SchemaChecks.column(target, column, "alterColumnServerDefault");
      if (expression != null && current.identity() != null) {
        throw new ReplayException("alterColumnServerDefault: column \"" + column + "\" of \"" + table
            + "\" is an identity column and cannot have a default");
      }
      return schema.withTable(target.withColumn(current.withServerDefault(expression)));
    }

    @Override
    public List<String> statements() {
      return List.of(alterColumn(table, column) + (expression == null ? " DROP DEFAULT" : " SET DEFAULT " + expression));
    }

    @Override
    public List<CodeBlock> java() {
      return expression == null ? JavaCode.call("op.dropColumnServerDefault($S, $S)", table, column)
          : JavaCode.call("op.alterColumnServerDefault($S, $S, $S)", table, column, expression);
    }

    @Override
    public String difference(Operation inverse, Sides sides) {
      String before = inverse instanceof AlterColumnServerDefault old ? old.expression() : null;
      return sides.differs("column " + Sides.column(table, column), "has", Sides.serverDefault(expression),
          Sides.serverDefault(before));
    }
  }

  /** Renames a column, and every key, index and expression that names it. */
  record RenameColumn(String table, String column, String newName) implements ColumnOperation {
    @Override
    public Schema applyTo(Schema schema) {
      Table target = SchemaChecks.table(schema, table, "renameColumn");
      Column renamed = SchemaChecks.column(target, column, "renameColumn");
      if (target.column(newName).isPresent()) {
        throw new ReplayException("renameColumn: column \"" + newName + "\" already exists in table \"" + table + "\"");
      }
      List<Column> columns = target.columns().stream().map(c -> c == renamed ? c.withName(newName) : c).toList();
      Table changed = target.withColumns(columns)
          .withPrimaryKey(replace(target.primaryKey(), column, newName))
          .withUniqueConstraints(target.uniqueConstraints().stream()
              .map(u -> u.withColumnRenamed(column, newName)).toList())
          .withIndexes(target.indexes().stream().map(i -> i.withColumnRenamed(column, newName)).toList())
          .withCheckConstraints(target.checkConstraints().stream().map(c -> new CheckConstraint(c.name(),
              SqlExpressions.renameIdentifier(c.expression(), column, newName))).toList())
          .withForeignKeys(target.foreignKeys().stream().map(k -> k.withColumns(replace(k.columns(), column, newName),
              k.referencedTable().equals(table) ? replace(k.referencedColumns(), column, newName) : k.referencedColumns()))
              .toList());
      Schema result = schema.withTable(changed);
      // Only the tables whose foreign keys point here change: each change of a large schema costs.
      for (Table other : result.tables().values()) {
        if (!other.name().equals(table) && SchemaChecks.references(other, table)) {
          result = result.withTable(other.withForeignKeys(other.foreignKeys().stream()
              .map(k -> k.referencedTable().equals(table) ? k.withColumns(k.columns(), replace(k.referencedColumns(), column, newName)) : k)
              .toList()));
        }
      }
      return result;
    }

    @Override
    public List<String> statements() {
      return List.of(alterTable(table) + " RENAME COLUMN " + quote(column) + " TO " + quote(newName));
    }

    @Override
    public List<CodeBlock> java() {
      return JavaCode.call("op.renameColumn($S, $S, $S)", table, column, newName);
    }

    @Override
    public String difference(Operation inverse, Sides sides) {
      return sides.renamed("column " + Sides.column(table, column), newName);
    }
  }

  /** Sets a column's comment, or removes it when {@code comment} is null. */
  record SetColumnComment(String table, String column, String comment) implements ColumnOperation {
    @Override
    public Schema applyTo(Schema schema) {
      Table target = SchemaChecks.table(schema, table, "setColumnComment");
      return schema.withTable(target.withColumn(SchemaChecks.column(target, column, "setColumnComment").withComment(comment)));
    }

    @Override
    public List<String> statements() {
      return List.of(columnComment(table, column, comment));
    }

    @Override
    public List<CodeBlock> java() {
      return comment == null ? JavaCode.call("op.dropColumnComment($S, $S)", table, column)
          : JavaCode.call("op.setColumnComment($S, $S, $S)", table, column, comment);
    }

    @Override
    public String difference(Operation inverse, Sides sides) {
      String before = inverse instanceof SetColumnComment old ? old.comment() : null;
      return sides.differs("column " + Sides.column(table, column), "has", Sides.comment(comment),
          Sides.comment(before));
    }
  }

  /**
   * Changes whether and how a column is an identity column: {@code identity} and {@code previous}
   * are {@link Column#ALWAYS}, {@link Column#BY_DEFAULT} or null (not an identity column).
   */
  record AlterColumnIdentity(String table, String column, String identity, String previous) implements ColumnOperation {
    @Override
    public Schema applyTo(Schema schema) {
      Table target = SchemaChecks.table(schema, table, "alterColumnIdentity");
      Column current = SchemaChecks.column(target, column, "alterColumnIdentity");
      if (!Objects.equals(current.identity(), previous)) {
        throw new ReplayException("alterColumnIdentity: column \"" + column + "\" of \"" + table + "\" is "
            + describe(current.identity()) + ", not " + describe(previous));
      }
      if (identity != null && current.serverDefault() != null) {
        throw new ReplayException("alterColumnIdentity: column \"" + column + "\" of \"" + table
            + "\" has a server default; drop it first");
      }
      Column changed = current.withIdentity(identity);
      checkIdentity(changed, "alterColumnIdentity");
      return schema.withTable(target.withColumn(changed));
    }

    private static String describe(String identity) {
      return identity == null ? "no identity column" : "generated " + identity;
    }

    @Override
    public List<String> statements() {
      String alter = alterColumn(table, column);
      if (identity == null) {
        return List.of(alter + " DROP IDENTITY");
      }
      if (previous != null) {
        return List.of(alter + " SET GENERATED " + identityKeyword(identity));
      }
      // A new identity starts at 1: move it past the values the rows already hold.
      return List.of(alter + " ADD GENERATED " + identityKeyword(identity) + " AS IDENTITY",
          "SELECT setval(pg_get_serial_sequence(" + literal(PostgresSql.table(table)) + ", " + literal(column)
              + "), coalesce(max(" + quote(column) + "), 0) + 1, false) FROM " + PostgresSql.table(table));
    }

    @Override
    public List<CodeBlock> java() {
      return JavaCode.call("op.alterColumnIdentity($S, $S, $L, $L)", table, column, JavaCode.identity(identity),
          JavaCode.identity(previous));
    }

    @Override
    public String difference(Operation inverse, Sides sides) {
      return sides.differs("column " + Sides.column(table, column), "is", Sides.identity(identity),
          Sides.identity(previous));
    }
  }
}
