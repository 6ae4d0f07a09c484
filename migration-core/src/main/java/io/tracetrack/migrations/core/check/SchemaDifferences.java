package io.tracetrack.migrations.core.check;

import io.tracetrack.migrations.core.diff.SchemaDiff;
import io.tracetrack.migrations.core.diff.Step;
import io.tracetrack.migrations.core.operation.Operation;
import io.tracetrack.migrations.core.operation.ColumnOperation.AddColumn;
import io.tracetrack.migrations.core.operation.ConstraintOperation.AddPrimaryKey;
import io.tracetrack.migrations.core.operation.ConstraintOperation.AddUniqueConstraint;
import io.tracetrack.migrations.core.operation.ColumnOperation.AlterColumnNullable;
import io.tracetrack.migrations.core.operation.ColumnOperation.AlterColumnServerDefault;
import io.tracetrack.migrations.core.operation.ColumnOperation.AlterColumnType;
import io.tracetrack.migrations.core.operation.TableOperation.CreateTable;
import io.tracetrack.migrations.core.operation.ColumnOperation.DropColumn;
import io.tracetrack.migrations.core.operation.ConstraintOperation.DropConstraint;
import io.tracetrack.migrations.core.operation.TableOperation.DropTable;
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
    if (op instanceof CreateTable create) {
      String entity = entities.get(create.table());
      return "table " + q(create.table()) + (entity == null ? "" : " (" + entity + ")") + " is in " + actual
          + " but not in " + expected;
    }
    if (op instanceof DropTable drop) {
      return "table " + q(drop.table()) + " is in " + expected + " but not in " + actual;
    }
    if (op instanceof AddColumn add) {
      return "column " + q(add.table()) + "." + q(add.column().name()) + " (" + add.column().type() + ") is in "
          + actual + " but not in " + expected;
    }
    if (op instanceof DropColumn drop) {
      return "column " + q(drop.table()) + "." + q(drop.column()) + " is in " + expected + " but not in " + actual;
    }
    if (op instanceof AlterColumnType alter && back instanceof AlterColumnType old) {
      return "column " + q(alter.table()) + "." + q(alter.column()) + " is " + alter.newType() + " in " + actual
          + " but " + old.newType() + " in " + expected;
    }
    if (op instanceof AlterColumnNullable alter) {
      return "column " + q(alter.table()) + "." + q(alter.column()) + " is " + nullability(alter.nullable()) + " in "
          + actual + " but " + nullability(!alter.nullable()) + " in " + expected;
    }
    if (op instanceof AlterColumnServerDefault alter && back instanceof AlterColumnServerDefault old) {
      return "column " + q(alter.table()) + "." + q(alter.column()) + " has " + serverDefault(alter.expression())
          + " in " + actual + " but " + serverDefault(old.expression()) + " in " + expected;
    }
    if (op instanceof AddPrimaryKey add) {
      return "primary key of " + q(add.table()) + " " + add.columns() + " is in " + actual + " but not in " + expected;
    }
    if (op instanceof AddUniqueConstraint add) {
      return "unique constraint " + q(add.constraint().name()) + " on " + q(add.table()) + " "
          + add.constraint().columns() + " is in " + actual + " but not in " + expected;
    }
    if (op instanceof DropConstraint drop) {
      return "constraint " + q(drop.name()) + " on " + q(drop.table()) + " is in " + expected + " but not in "
          + actual;
    }
    // Operations this class does not know yet: say what would make the two sides equal.
    return actual + " differ from " + expected + ": " + String.join("; ", op.statements())
        .replaceAll("\\s*\\R\\s*", " ");
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
