package io.tracetrack.migrations.core.operation;

import static io.tracetrack.migrations.core.sql.PostgresSql.alterColumn;
import static io.tracetrack.migrations.core.sql.PostgresSql.alterTable;
import static io.tracetrack.migrations.core.sql.PostgresSql.columnComment;
import static io.tracetrack.migrations.core.sql.PostgresSql.literal;
import static io.tracetrack.migrations.core.sql.PostgresSql.quote;

import com.palantir.javapoet.CodeBlock;
import io.tracetrack.migrations.core.schema.Column;
import io.tracetrack.migrations.core.schema.IdentityOptions;
import io.tracetrack.migrations.core.schema.OwnedSequence;
import io.tracetrack.migrations.core.schema.SqlExpressions;
import io.tracetrack.migrations.core.schema.Schema;
import io.tracetrack.migrations.core.schema.Table;
import io.tracetrack.migrations.core.sql.PostgresSql;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Operations on what a column is beyond its type: identity options, generated expression, collation. */
public sealed interface ColumnOptionOperation extends Operation {

  /** Sets every sequence option of an identity column; null {@code options} are all PostgreSQL's defaults. */
  record AlterColumnIdentityOptions(String table, String column, IdentityOptions options) implements ColumnOptionOperation {
    @Override
    public Schema applyTo(Schema schema) {
      Table target = SchemaChecks.table(schema, table, "alterColumnIdentityOptions");
      Column current = SchemaChecks.column(target, column, "alterColumnIdentityOptions");
      if (current.identity() == null) {
        throw new ReplayException("alterColumnIdentityOptions: column \"" + column + "\" of \"" + table
            + "\" is no identity column");
      }
      return schema.withTable(target.withColumn(current.withIdentityOptions(options)));
    }

    @Override
    public List<String> statements() {
      IdentityOptions o = options == null ? IdentityOptions.DEFAULTS : options;
      long step = o.increment() == null ? 1 : o.increment();
      // Every option is set, so the statement means the same whatever the column had before.
      long start = o.start() != null ? o.start()
          : step > 0 ? (o.minValue() == null ? 1 : o.minValue()) : (o.maxValue() == null ? -1 : o.maxValue());
      // New bounds may exclude the current value: restart at the new start, then move past the rows' ids.
      return List.of(alterColumn(table, column) + " SET INCREMENT BY " + step
          + (o.minValue() == null ? " SET NO MINVALUE" : " SET MINVALUE " + o.minValue())
          + (o.maxValue() == null ? " SET NO MAXVALUE" : " SET MAXVALUE " + o.maxValue())
          + " SET START WITH " + start + " SET CACHE " + (o.cache() == null ? 1 : o.cache())
          + (o.cycle() == null ? " SET NO CYCLE" : " SET CYCLE") + " RESTART",
          "SELECT setval(pg_get_serial_sequence(" + literal(PostgresSql.table(table)) + ", " + literal(column) + "), "
              + (step > 0 ? "max(" : "min(") + quote(column) + ")) FROM " + PostgresSql.table(table)
              + " HAVING count(" + quote(column) + ") > 0");
    }

    @Override
    public List<CodeBlock> java() {
      return JavaCode.call("op.alterColumnIdentityOptions($S, $S, $L)", table, column, JavaCode.identityOptions(options));
    }

    @Override
    public String difference(Operation inverse, Sides sides) {
      String before = inverse instanceof AlterColumnIdentityOptions old ? describe(old.options()) : "other options";
      return sides.differs("identity column " + Sides.column(table, column), "has", describe(options), before);
    }

    private static String describe(IdentityOptions options) {
      return options == null ? "the default options" : "options " + options.sql();
    }
  }

  /** Keeps a generated column's values as a plain column. */
  record DropColumnExpression(String table, String column) implements ColumnOptionOperation {
    @Override
    public Schema applyTo(Schema schema) {
      Table target = SchemaChecks.table(schema, table, "dropColumnExpression");
      Column current = SchemaChecks.column(target, column, "dropColumnExpression");
      if (current.generated() == null) {
        throw new ReplayException("dropColumnExpression: column \"" + column + "\" of \"" + table + "\" is not generated");
      }
      return schema.withTable(target.withColumn(current.withGenerated(null)));
    }

    @Override
    public List<String> statements() {
      return List.of(alterColumn(table, column) + " DROP EXPRESSION");
    }

    @Override
    public List<CodeBlock> java() {
      return JavaCode.call("op.dropColumnExpression($S, $S)", table, column);
    }

    @Override
    public String difference(Operation inverse, Sides sides) {
      return sides.differs("column " + Sides.column(table, column), "is", "a plain column", "generated");
    }
  }

  /** Makes a plain column generated, by dropping it and adding {@code definition} in its place. */
  record AddColumnExpression(String table, Column definition) implements ColumnOptionOperation {
    @Override
    public Schema applyTo(Schema schema) {
      Table target = SchemaChecks.table(schema, table, "addColumnExpression");
      Column current = SchemaChecks.column(target, definition.name(), "addColumnExpression");
      if (current.generated() != null || definition.generated() == null) {
        throw new ReplayException("addColumnExpression: column \"" + definition.name() + "\" of \"" + table
            + "\" must be a plain column that becomes generated");
      }
      return schema.withTable(target.withColumn(definition));
    }

    @Override
    public List<String> statements() {
      List<String> statements = new ArrayList<>(List.of(alterTable(table) + " DROP COLUMN " + quote(definition.name())
          + ", ADD COLUMN " + PostgresSql.columnDefinition(definition)));
      if (definition.comment() != null) {
        statements.add(columnComment(table, definition.name(), definition.comment()));
      }
      return statements;
    }

    @Override
    public List<CodeBlock> java() {
      return JavaCode.call("op.addColumnExpression($S, $L)", table, JavaCode.column(definition, false));
    }

    @Override
    public String difference(Operation inverse, Sides sides) {
      return sides.differs("column " + Sides.column(table, definition.name()), "is",
          "generated as " + Sides.parenthesized(definition.generated()), "a plain column");
    }
  }

  /** Gives a column a collation, or its type's default one when {@code collation} is null. */
  record AlterColumnCollation(String table, String column, String type, String collation) implements ColumnOptionOperation {
    public AlterColumnCollation {
      collation = Column.checkedCollation(collation);
    }

    @Override
    public Schema applyTo(Schema schema) {
      Table target = SchemaChecks.table(schema, table, "alterColumnCollation");
      Column current = SchemaChecks.column(target, column, "alterColumnCollation");
      return schema.withTable(target.withColumn(current.withType(type).withCollation(collation)));
    }

    @Override
    public List<String> statements() {
      return List.of(alterColumn(table, column) + " TYPE " + type + " COLLATE " + quote(collation == null ? "default" : collation));
    }

    @Override
    public List<CodeBlock> java() {
      return collation == null ? JavaCode.call("op.resetColumnCollation($S, $S, $S)", table, column, type)
          : JavaCode.call("op.alterColumnCollation($S, $S, $S, $S)", table, column, type, collation);
    }

    @Override
    public String difference(Operation inverse, Sides sides) {
      String before = inverse instanceof AlterColumnCollation old ? describe(old.collation()) : "another collation";
      return sides.differs("column " + Sides.column(table, column), "has", describe(collation), before);
    }

    private static String describe(String collation) {
      return collation == null ? "its type's default collation" : "collation " + Sides.q(collation);
    }
  }

  /**
   * Creates, changes or drops the sequence a {@code serial} column owns: {@code previous} is the
   * sequence it owns before (null: none), {@code sequence} the one after (null: none). A change
   * renames the sequence or changes its type; the column's {@code nextval} default follows a rename.
   */
  record AlterColumnSequence(String table, String column, OwnedSequence previous, OwnedSequence sequence)
      implements ColumnOptionOperation {
    @Override
    public Schema applyTo(Schema schema) {
      Table target = SchemaChecks.table(schema, table, "alterColumnSequence");
      Column current = SchemaChecks.column(target, column, "alterColumnSequence");
      if (!Objects.equals(current.ownedSequence(), previous)) {
        throw new ReplayException("alterColumnSequence: column \"" + column + "\" of \"" + table + "\" owns "
            + describe(current.ownedSequence()) + ", not " + describe(previous));
      }
      Column changed = current.withOwnedSequence(sequence);
      if (previous != null && sequence != null && SqlExpressions.same(current.serverDefault(), previous.nextval(table))) {
        changed = changed.withServerDefault(sequence.nextval(table));
      }
      return schema.withTable(target.withColumn(changed));
    }

    @Override
    public List<String> statements() {
      if (previous == null) {
        return List.of(createSequence(table, sequence), ownedBy(table, column, sequence));
      }
      String alter = "ALTER SEQUENCE " + PostgresSql.relationOf(table, previous.name());
      if (sequence == null) {
        return List.of("DROP SEQUENCE " + PostgresSql.relationOf(table, previous.name()));
      }
      List<String> statements = new ArrayList<>();
      if (!previous.type().equals(sequence.type())) {
        statements.add(alter + " AS " + sequence.type());
      }
      if (!previous.name().equals(sequence.name())) {
        statements.add(alter + " RENAME TO " + quote(sequence.name()));
      }
      return statements;
    }

    @Override
    public List<CodeBlock> java() {
      if (previous == null) {
        return JavaCode.call("op.createColumnSequence($S, $S, $S, $S)", table, column, sequence.name(), sequence.type());
      }
      if (sequence == null) {
        return JavaCode.call("op.dropColumnSequence($S, $S, $S, $S)", table, column, previous.name(), previous.type());
      }
      return JavaCode.call("op.alterColumnSequence($S, $S, $S, $S, $S, $S)", table, column, previous.name(),
          previous.type(), sequence.name(), sequence.type());
    }

    @Override
    public String difference(Operation inverse, Sides sides) {
      return sides.differs("column " + Sides.column(table, column), "owns", describe(sequence), describe(previous));
    }

    private static String describe(OwnedSequence sequence) {
      return sequence == null ? "no sequence" : "sequence " + Sides.q(sequence.name()) + " (" + sequence.type() + ")";
    }

    /** {@code CREATE SEQUENCE} of a serial column's sequence, in its table's schema. */
    static String createSequence(String table, OwnedSequence sequence) {
      return "CREATE SEQUENCE " + PostgresSql.relationOf(table, sequence.name()) + " AS " + sequence.type();
    }

    /** {@code ALTER SEQUENCE ... OWNED BY}: the column's drop drops the sequence. */
    static String ownedBy(String table, String column, OwnedSequence sequence) {
      return "ALTER SEQUENCE " + PostgresSql.relationOf(table, sequence.name()) + " OWNED BY "
          + PostgresSql.table(table) + "." + quote(column);
    }
  }
}
