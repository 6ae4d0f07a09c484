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


import io.tracetrack.migrations.core.operation.Operation;
import io.tracetrack.migrations.core.schema.Column;
import io.tracetrack.migrations.core.schema.RenameHints;
import io.tracetrack.migrations.core.schema.Schema;
import io.tracetrack.migrations.core.schema.Table;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
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
    SchemaDiff diff = SchemaDiff.between(schema(USER, POST), schema(replace(USER, notNull("name", "varchar(20)"))));
    for (Step step : diff.steps()) {
      if (step.forward() instanceof TableOperation.DropTable) {
        assertContains(step.warning(), "Drops table \"post\"");
      } else if (step.forward() instanceof ColumnOperation.AlterColumnType) {
        assertContains(step.warning(), "Narrows the type of \"user\".\"name\"");
      } else {
        assertNull(step.warning(), step.toString());
      }
    }
    assertEquals(2, diff.warnings().size());
  }

  @Test
  void wideningATypeDoesNotWarnButItsDowngradeNarrows() {
    Table price = new Table("price", List.of(notNull("id", "bigint"), col("amount", "numeric(10,2)"),
        col("code", "varchar(50)"), col("n", "integer")), List.of("id"), List.of());
    Table wider = replace(replace(replace(price, col("amount", "numeric(12,2)")), col("code", "varchar(100)")),
        col("n", "bigint"));
    SchemaDiff diff = SchemaDiff.between(schema(price), schema(wider));
    assertEquals(List.of(), diff.warnings());
    assertEquals(List.of(
        "Narrows the type of \"price\".\"n\" from bigint to integer: check that every existing value converts and fits",
        "Narrows the type of \"price\".\"code\" from varchar(100) to varchar(50): check that every existing value converts and fits",
        "Narrows the type of \"price\".\"amount\" from numeric(12,2) to numeric(10,2): check that every existing value converts and fits"),
        diff.downgradeWarnings());
  }

  @Test
  void aDowngradeThatDropsWhatTheUpgradeAddedWarns() {
    SchemaDiff addColumn = SchemaDiff.between(schema(USER), schema(withColumns(USER, col("bio", "text"))));
    assertEquals(List.of(), addColumn.warnings());
    assertEquals(List.of("Drops column \"bio\" of \"user\" and its data"), addColumn.downgradeWarnings());

    SchemaDiff createTable = SchemaDiff.between(schema(USER), schema(USER, POST));
    assertEquals(List.of("Drops table \"post\" and all its rows"), createTable.downgradeWarnings());
  }

  @Test
  void aDowngradeThatCanFailOnRowsWarns() {
    Table withBio = withColumns(USER, notNull("bio", "text"));
    assertContains(onlyDowngradeWarning(schema(withBio), schema(USER)),
        "Adds NOT NULL column \"bio\" to \"user\" without a server default", "fails if the table has rows");
    assertContains(onlyDowngradeWarning(schema(USER), schema(replace(USER, col("name", "varchar(100)")))),
        "Sets \"user\".\"name\" NOT NULL");
    Table checked = USER.withCheckConstraint(new io.tracetrack.migrations.core.schema.CheckConstraint("ck_user_name", "name <> ''"));
    assertContains(onlyDowngradeWarning(schema(checked), schema(USER)), "Adds check constraint \"ck_user_name\"");
  }

  @Test
  void downgradeWarningsGoAboveTheirOperationInTheDowngrade() {
    SchemaDiff diff = SchemaDiff.between(schema(USER), schema(withColumns(USER, col("bio", "text"))));
    Operation dropBio = diff.downgrade().get(0);
    assertEquals(new ColumnOperation.DropColumn("user", "bio"), dropBio);
    assertEquals("Drops column \"bio\" of \"user\" and its data", diff.warningsByOperation().get(dropBio));
    assertNull(diff.warningsByOperation().get(diff.upgrade().get(0)));
  }

  /**
   * The downgrade from A to B's migration undoes it as the upgrade from B to A does, so it carries
   * the same warnings: checked over the change corpus, against the reverse diff's upgrade warnings.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("casesWithoutRenames")
  void aDowngradeWarnsAsTheReverseUpgradeDoes(String name, ChangeCorpus.Case c) {
    List<String> downgrade = new ArrayList<>(SchemaDiff.between(c.from(), c.to()).downgradeWarnings());
    List<String> reverse = new ArrayList<>(SchemaDiff.between(c.to(), c.from()).warnings());
    Collections.sort(downgrade);
    Collections.sort(reverse);
    assertEquals(reverse, downgrade, name);
  }

  /** The corpus but its renames, which would need their hints turned the other way. */
  static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> casesWithoutRenames() {
    return ChangeCorpus.cases().stream().filter(c -> c.hints().equals(RenameHints.NONE))
        .map(c -> org.junit.jupiter.params.provider.Arguments.of(c.name(), c));
  }

  private static String onlyDowngradeWarning(Schema from, Schema to) {
    List<String> warnings = SchemaDiff.between(from, to).downgradeWarnings();
    assertEquals(1, warnings.size(), warnings.toString());
    return warnings.get(0);
  }
}
