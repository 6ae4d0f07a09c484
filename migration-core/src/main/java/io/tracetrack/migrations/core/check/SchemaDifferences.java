package io.tracetrack.migrations.core.check;

import io.tracetrack.migrations.core.diff.SchemaDiff;
import io.tracetrack.migrations.core.diff.Step;
import io.tracetrack.migrations.core.operation.Operation;
import io.tracetrack.migrations.core.operation.SequenceOperation;
import io.tracetrack.migrations.core.operation.ConstraintOperation.AddCheckConstraint;
import io.tracetrack.migrations.core.operation.ColumnOperation.AddColumn;
import io.tracetrack.migrations.core.operation.EnumOperation.AddEnumValue;
import io.tracetrack.migrations.core.operation.ConstraintOperation.AddForeignKey;
import io.tracetrack.migrations.core.operation.ConstraintOperation.AddPrimaryKey;
import io.tracetrack.migrations.core.operation.ConstraintOperation.AddUniqueConstraint;
import io.tracetrack.migrations.core.operation.ColumnOperation.AlterColumnIdentity;
import io.tracetrack.migrations.core.operation.ColumnOperation.AlterColumnNullable;
import io.tracetrack.migrations.core.operation.ColumnOperation.AlterColumnServerDefault;
import io.tracetrack.migrations.core.operation.ColumnOperation.AlterColumnType;
import io.tracetrack.migrations.core.operation.EnumOperation.CreateEnumType;
import io.tracetrack.migrations.core.operation.IndexOperation.CreateIndex;
import io.tracetrack.migrations.core.operation.NamespaceOperation.CreateSchema;
import io.tracetrack.migrations.core.operation.TableOperation.CreateTable;
import io.tracetrack.migrations.core.operation.ColumnOperation.DropColumn;
import io.tracetrack.migrations.core.operation.ConstraintOperation.DropConstraint;
import io.tracetrack.migrations.core.operation.EnumOperation.DropEnumType;
import io.tracetrack.migrations.core.operation.EnumOperation.DropEnumValue;
import io.tracetrack.migrations.core.operation.IndexOperation.DropIndex;
import io.tracetrack.migrations.core.operation.NamespaceOperation.DropSchema;
import io.tracetrack.migrations.core.operation.TableOperation.DropTable;
import io.tracetrack.migrations.core.operation.ColumnOperation.RenameColumn;
import io.tracetrack.migrations.core.operation.ConstraintOperation.RenameConstraint;
import io.tracetrack.migrations.core.operation.IndexOperation.RenameIndex;
import io.tracetrack.migrations.core.operation.TableOperation.RenameTable;
import io.tracetrack.migrations.core.operation.ColumnOperation.SetColumnComment;
import io.tracetrack.migrations.core.operation.TableOperation.SetTableComment;
import io.tracetrack.migrations.core.schema.ForeignKey;
import io.tracetrack.migrations.core.schema.Index;
import io.tracetrack.migrations.core.schema.Schema;
import io.tracetrack.migrations.core.sql.PostgresSql;
import java.util.List;
import java.util.Map;

/**
 * Describes the differences between two schemas, one line each, in words that say which side has
 * what: "column "user"."last_login" is in the entities but not in the migrations".
 */
final class SchemaDifferences {

  private SchemaDifferences() {}

  /**
   * @param expected the schema that should be there, and how to name it ("the migrations")
   * @param actual the schema that is there, and how to name it ("the entities")
   */
  static List<String> describe(Schema expected, String expectedName, Schema actual, String actualName) {
    return describe(expected, expectedName, actual, actualName, Map.of());
  }

  /** @param entities table name to the entity class that declares it, named after the table */
  static List<String> describe(Schema expected, String expectedName, Schema actual, String actualName,
      Map<String, String> entities) {
    return SchemaDiff.between(expected, actual).steps().stream()
        .map(step -> describe(step, expectedName, actualName, entities))
        .toList();
  }

  private static String describe(Step step, String expected, String actual, Map<String, String> entities) {
    Operation op = step.forward();
    Operation back = step.backward();
    // Each step takes the expected schema to the actual one: what it adds is only in the actual one.
    String onlyActual = " is in " + actual + " but not in " + expected;
    String onlyExpected = " is in " + expected + " but not in " + actual;
    if (op instanceof CreateTable create) {
      String entity = entities.get(create.table());
      return "table " + q(create.table()) + (entity == null ? "" : " (" + entity + ")") + onlyActual;
    }
    if (op instanceof DropTable drop) {
      return "table " + q(drop.table()) + onlyExpected;
    }
    if (op instanceof AddColumn add) {
      return "column " + column(add.table(), add.column().name()) + " (" + add.column().type() + ")" + onlyActual;
    }
    if (op instanceof DropColumn drop) {
      return "column " + column(drop.table(), drop.column()) + onlyExpected;
    }
    if (op instanceof AlterColumnType alter && back instanceof AlterColumnType old) {
      return "column " + column(alter.table(), alter.column()) + " is " + alter.newType() + " in " + actual
          + " but " + old.newType() + " in " + expected;
    }
    if (op instanceof AlterColumnNullable alter) {
      return "column " + column(alter.table(), alter.column()) + " is " + nullability(alter.nullable()) + " in "
          + actual + " but " + nullability(!alter.nullable()) + " in " + expected;
    }
    if (op instanceof AlterColumnServerDefault alter && back instanceof AlterColumnServerDefault old) {
      return "column " + column(alter.table(), alter.column()) + " has " + serverDefault(alter.expression())
          + " in " + actual + " but " + serverDefault(old.expression()) + " in " + expected;
    }
    if (op instanceof AlterColumnIdentity alter) {
      return "column " + column(alter.table(), alter.column()) + " is " + identity(alter.identity()) + " in " + actual
          + " but " + identity(alter.previous()) + " in " + expected;
    }
    if (op instanceof AddPrimaryKey add) {
      return "primary key of " + q(add.table()) + " " + columns(add.columns()) + onlyActual;
    }
    if (op instanceof AddUniqueConstraint add) {
      return "unique constraint " + q(add.constraint().name()) + " on " + q(add.table()) + " "
          + columns(add.constraint().columns()) + onlyActual;
    }
    if (op instanceof AddForeignKey add) {
      ForeignKey fk = add.foreignKey();
      return "foreign key " + q(fk.name()) + " on " + q(add.table()) + " " + columns(fk.columns()) + " referencing "
          + q(fk.referencedTable()) + " " + columns(fk.referencedColumns()) + onlyActual;
    }
    if (op instanceof AddCheckConstraint add) {
      return "check constraint " + q(add.check().name()) + " on " + q(add.table()) + " "
          + parenthesized(add.check().expression()) + onlyActual;
    }
    if (op instanceof DropConstraint drop) {
      return "constraint " + q(drop.name()) + " on " + q(drop.table()) + onlyExpected;
    }
    if (op instanceof CreateIndex create) {
      Index index = create.index();
      return (index.unique() ? "unique index " : "index ") + q(index.name()) + " on " + q(create.table()) + " "
          + indexColumns(index) + onlyActual;
    }
    if (op instanceof DropIndex drop) {
      return "index " + q(drop.name()) + " on " + q(drop.table()) + onlyExpected;
    }
    if (op instanceof RenameTable rename) {
      return "table " + q(rename.table()) + " in " + expected + " is named " + q(rename.newName()) + " in " + actual;
    }
    if (op instanceof RenameColumn rename) {
      return "column " + column(rename.table(), rename.column()) + " in " + expected + " is named "
          + q(rename.newName()) + " in " + actual;
    }
    if (op instanceof RenameConstraint rename) {
      return "constraint " + q(rename.name()) + " on " + q(rename.table()) + " in " + expected + " is named "
          + q(rename.newName()) + " in " + actual;
    }
    if (op instanceof RenameIndex rename) {
      return "index " + q(rename.name()) + " on " + q(rename.table()) + " in " + expected + " is named "
          + q(rename.newName()) + " in " + actual;
    }
    if (op instanceof SetTableComment comment && back instanceof SetTableComment old) {
      return "table " + q(comment.table()) + " has " + comment(comment.comment()) + " in " + actual + " but "
          + comment(old.comment()) + " in " + expected;
    }
    if (op instanceof SetColumnComment comment && back instanceof SetColumnComment old) {
      return "column " + column(comment.table(), comment.column()) + " has " + comment(comment.comment()) + " in "
          + actual + " but " + comment(old.comment()) + " in " + expected;
    }
    if (op instanceof CreateEnumType create) {
      return "enum type " + q(create.type().name()) + " " + values(create.type().values()) + onlyActual;
    }
    if (op instanceof DropEnumType drop) {
      return "enum type " + q(drop.name()) + onlyExpected;
    }
    if (op instanceof AddEnumValue add) {
      return "value " + literal(add.value()) + " of enum type " + q(add.type()) + onlyActual;
    }
    if (op instanceof DropEnumValue drop) {
      return "value " + literal(drop.value()) + " of enum type " + q(drop.type()) + onlyExpected;
    }
    if (op instanceof CreateSchema create) {
      return "schema " + q(create.name()) + onlyActual;
    }
    if (op instanceof DropSchema drop) {
      return "schema " + q(drop.name()) + onlyExpected;
    }
    if (op instanceof SequenceOperation.CreateSequence create) {
      return "sequence " + q(create.sequence().name()) + onlyActual;
    }
    if (op instanceof SequenceOperation.DropSequence drop) {
      return "sequence " + q(drop.name()) + onlyExpected;
    }
    if (op instanceof SequenceOperation.AlterSequence alter && back instanceof SequenceOperation.AlterSequence old) {
      return "sequence " + q(alter.sequence().name()) + " is " + sequence(alter.sequence()) + " in " + actual + " but "
          + sequence(old.sequence()) + " in " + expected;
    }
    // A comparison of two schemas yields no raw SQL; name the operation should a new kind appear.
    return actual + " and " + expected + " do not match: " + op.getClass().getSimpleName()
        + (op.table() == null ? "" : " on " + q(op.table()));
  }

  private static String sequence(io.tracetrack.migrations.core.schema.Sequence s) {
    return s.type() + " from " + s.start() + " by " + s.increment()
        + (s.minValue() == null ? "" : ", min " + s.minValue()) + (s.maxValue() == null ? "" : ", max " + s.maxValue())
        + ", cache " + s.cache() + (s.cycle() ? ", cycling" : "");
  }

  private static String column(String table, String column) {
    return q(table) + "." + q(column);
  }

  private static String columns(List<String> names) {
    return "(" + String.join(", ", names.stream().map(SchemaDifferences::q).toList()) + ")";
  }

  private static String indexColumns(Index index) {
    String columns = "(" + String.join(", ", index.columns().stream()
        .map(c -> q(c.name()) + (c.descending() ? " DESC" : "")).toList()) + ")";
    return columns + (Index.BTREE.equals(index.method()) ? "" : " using " + index.method())
        + (index.where() == null ? "" : " where " + index.where());
  }

  /** An expression in parentheses; PostgreSQL prints most check expressions with their own. */
  private static String parenthesized(String expression) {
    return expression.startsWith("(") && expression.endsWith(")") ? expression : "(" + expression + ")";
  }

  private static String values(List<String> values) {
    return "(" + String.join(", ", values.stream().map(SchemaDifferences::literal).toList()) + ")";
  }

  private static String literal(String text) {
    return "'" + text.replace("'", "''") + "'";
  }

  private static String identity(String identity) {
    return identity == null ? "not an identity column" : "an identity column (generated " + identity + ")";
  }

  private static String comment(String comment) {
    return comment == null ? "no comment" : "comment " + literal(comment);
  }

  private static String q(String name) {
    return PostgresSql.quote(name);
  }

  private static String nullability(boolean nullable) {
    return nullable ? "nullable" : "NOT NULL";
  }

  private static String serverDefault(String expression) {
    return expression == null ? "no server default" : "server default " + expression;
  }
}
