package io.tracetrack.migrations.core.check;

import io.tracetrack.migrations.core.diff.SchemaDiff;
import io.tracetrack.migrations.core.diff.Step;
import io.tracetrack.migrations.core.operation.Sides;
import io.tracetrack.migrations.core.schema.Schema;
import java.util.List;
import java.util.Map;

/**
 * Describes the differences between two schemas, one line each, in words that say which side has
 * what: "column "user"."last_login" is in the entities but not in the migrations".
 */
public final class SchemaDifferences {

  private SchemaDifferences() {}

  /**
   * @param expected the schema that should be there, and how to name it ("the migrations")
   * @param actual the schema that is there, and how to name it ("the entities")
   */
  public static List<String> describe(Schema expected, String expectedName, Schema actual, String actualName) {
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
    return step.forward().difference(step.backward(), new Sides(expected, actual, entities));
  }
}
