package io.tracetrack.migrations.core.diff;

import static io.tracetrack.migrations.core.diff.SchemaDiffCases.POST;
import static io.tracetrack.migrations.core.diff.SchemaDiffCases.USER;
import static io.tracetrack.migrations.core.diff.SchemaDiffCases.replace;
import static io.tracetrack.migrations.core.diff.SchemaDiffCases.withColumns;
import static io.tracetrack.migrations.core.testsupport.Schemas.col;
import static io.tracetrack.migrations.core.testsupport.Schemas.notNull;
import static io.tracetrack.migrations.core.testsupport.Schemas.schema;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tracetrack.migrations.core.schema.Column;
import io.tracetrack.migrations.core.schema.Schema;
import java.util.List;
import org.junit.jupiter.api.Test;
import io.tracetrack.migrations.core.operation.TableOperation;
import io.tracetrack.migrations.core.operation.ColumnOperation;

/** Changes that can lose data or fail on existing rows carry a warning for the reviewer; others do not. */
class SchemaDiffWarningsTest {

  private static String onlyWarning(Schema from, Schema to) {
    List<String> warnings = SchemaDiff.between(from, to).warnings();
    assertEquals(1, warnings.size(), warnings.toString());
    return warnings.get(0);
  }

  private static void assertContains(String text, String... parts) {
    for (String part : parts) {
      assertTrue(text.contains(part), "expected \"" + part + "\" in: " + text);
    }
  }

  @Test
  void dropTableWarnsOfLostRows() {
    assertEquals("Drops table \"post\" and all its rows", onlyWarning(schema(USER, POST), schema(USER)));
  }

  @Test
  void dropColumnWarnsOfLostData() {
    assertEquals("Drops column \"email\" of \"user\" and its data",
        onlyWarning(schema(USER), schema(new io.tracetrack.migrations.core.schema.Table("user",
            List.of(notNull("id", "bigint"), notNull("name", "varchar(100)")), List.of("id"), List.of()))));
  }

  @Test
  void notNullColumnWithoutDefaultWarnsThatExistingRowsMakeItFail() {
    String warning = onlyWarning(schema(USER), schema(withColumns(USER, notNull("age", "integer"))));
    assertContains(warning, "NOT NULL column \"age\"", "\"user\"", "without a server default", "fails if the table has rows");
  }

  @Test
  void notNullColumnWithDefaultAndNullableColumnDoNotWarn() {
    assertTrue(SchemaDiff.between(schema(USER),
        schema(withColumns(USER, new Column("age", "integer", false, "0"), col("bio", "text")))).warnings().isEmpty());
  }

  @Test
  void narrowingTypeChangeWarns() {
    String warning = onlyWarning(schema(USER), schema(replace(USER, notNull("name", "varchar(20)"))));
    assertContains(warning, "\"user\".\"name\"", "from varchar(100) to varchar(20)", "check that every existing value converts");
  }

  @Test
  void anyTypeChangeWarns() {
    String warning = onlyWarning(schema(USER), schema(replace(USER, notNull("id", "uuid"))));
    assertContains(warning, "from bigint to uuid");
  }

  @Test
  void settingNotNullWarnsButDroppingItDoesNot() {
    assertContains(onlyWarning(schema(USER), schema(replace(USER, notNull("email", "varchar(255)")))),
        "Sets \"user\".\"email\" NOT NULL", "fails while any row holds NULL");
    assertTrue(SchemaDiff.between(schema(USER), schema(replace(USER, col("name", "varchar(100)")))).warnings().isEmpty());
  }

  @Test
  void harmlessChangesDoNotWarn() {
    assertTrue(SchemaDiff.between(schema(USER), schema(USER, POST)).warnings().isEmpty());
    assertTrue(SchemaDiff.between(schema(USER), schema(withColumns(USER, col("bio", "text")))).warnings().isEmpty());
    assertTrue(SchemaDiff.between(schema(USER),
        schema(replace(USER, new Column("name", "varchar(100)", false, "'x'")))).warnings().isEmpty());
  }

  @Test
  void eachWarningBelongsToItsStep() {
    SchemaDiff diff = SchemaDiff.between(schema(USER, POST), schema(replace(USER, notNull("name", "text"))));
    for (Step step : diff.steps()) {
      if (step.forward() instanceof TableOperation.DropTable) {
        assertContains(step.warning(), "Drops table \"post\"");
      } else if (step.forward() instanceof ColumnOperation.AlterColumnType) {
        assertContains(step.warning(), "Changes the type of \"user\".\"name\"");
      } else {
        assertNull(step.warning(), step.toString());
      }
    }
    assertEquals(2, diff.warnings().size());
  }
}
