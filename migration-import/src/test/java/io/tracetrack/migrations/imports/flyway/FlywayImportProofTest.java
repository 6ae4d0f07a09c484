package io.tracetrack.migrations.imports.flyway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tracetrack.migrations.core.MigrationException;
import io.tracetrack.migrations.core.MigrationLog;
import io.tracetrack.migrations.core.Migrator;
import io.tracetrack.migrations.core.db.DatabaseSettings;
import io.tracetrack.migrations.core.schema.Schema;
import io.tracetrack.migrations.core.testsupport.CatalogNormalForm;
import io.tracetrack.migrations.core.testsupport.Db;
import io.tracetrack.migrations.core.testsupport.PostgresServer;
import io.tracetrack.migrations.imports.ImportedHistory;
import io.tracetrack.migrations.imports.liquibase.ImportedProject;
import io.tracetrack.migrations.core.check.CheckReport;
import io.tracetrack.migrations.core.codegen.NewMigration;
import io.tracetrack.migrations.core.introspect.CatalogReader;
import io.tracetrack.migrations.core.schema.Column;
import io.tracetrack.migrations.core.schema.Snapshot;
import io.tracetrack.migrations.core.schema.Table;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Map;
import java.util.Set;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Flyway import's proof: Flyway's own engine applies a folder of 22 versioned scripts to one
 * real PostgreSQL database, the engine applies the imported migrations to another (as {@code
 * tracetrack:upgrade} does), and the two live schemas, read from pg_catalog by {@link
 * CatalogNormalForm}, are equal but for each tool's bookkeeping table. The scripts are typed by
 * running them in scratch databases ({@link FlywayTyping}), so replay sees the schema they build:
 * migrate against entities equal to Flyway's schema finds only what stays SQL.
 */
class FlywayImportProofTest {
  static final Path SHOP = Path.of("src/test/resources/flyway/shop/db/migration");
  private static final Duration LOCK = Duration.ofSeconds(10);

  @TempDir
  Path temp;

  /** What the last import reported. */
  private List<String> notes;

  @Test
  void importedScriptsBuildTheSchemaFlywayBuilds() throws Exception {
    DatabaseSettings byFlyway = PostgresServer.newDatabase("by_flyway");
    FlywayRun.migrate(byFlyway, SHOP, "latest");
    ImportedProject project = project("imported.shop");
    DatabaseSettings byTraceTrack = PostgresServer.newDatabase("by_tracetrack");
    new Migrator(project.migrations(), MigrationLog.silent()).upgrade(byTraceTrack, "head", LOCK);

    List<String> expected = FlywayRun.schema(byFlyway);
    CatalogNormalForm.assertSame(expected, FlywayRun.schema(byTraceTrack), "flyway migrate vs the imported migrations");
    assertTrue(expected.stream().anyMatch(line -> line.contains("open_orders")), String.join("\n", expected));
    assertEquals(Db.rows(byFlyway, "SELECT code, name FROM country ORDER BY code"),
        Db.rows(byTraceTrack, "SELECT code, name FROM country ORDER BY code"));
  }

  @Test
  void scriptsBecomeMigrationsInFlywaysVersionOrder() throws Exception {
    ImportedProject project = project("imported.order");
    List<String> versions = project.written().stream()
        .map(w -> w.message().replaceAll("Flyway migration (\\S+) .*", "$1")).toList();
    assertEquals(List.of("1", "1.1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "10.1", "11", "12", "13", "14",
        "15", "16", "17", "18", "19", "20"), versions);
    assertEquals("Flyway migration 10.1 (V10_1__open_orders_view.sql): open orders view", project.written().get(11).message());
    String touch = project.source(7);
    assertContains(touch, "@ImportedFrom(\n        tool = \"flyway\",\n        units = {\"7\"}\n)");
    // The dollar-quoted body comes whole, semicolons, comment and quote included.
    assertContains(touch, "NEW.updated_at := now(); -- set on every change; don't trust the client\\n");
    assertContains(touch, "op.execute(\"CREATE TRIGGER orders_touch");
    assertContains(project.source(16), "transactional = false");
    assertContains(project.source(21), "op.execute(\"ALTER TABLE item DROP CONSTRAINT item_title_key\");");
    // Without an undo script the downgrade refuses, naming the script.
    assertContains(project.source(20), "Flyway migration 19 (later/V19__country_fix.sql) cannot be undone");
    // Statements that change the modelled schema are typed; data, functions and triggers stay SQL.
    String orders = project.source(3);
    assertContains(orders, "op.createTable(\"orders\"");
    assertContains(project.source(12), "op.renameTable(\"product\", \"item\");");
    assertContains(project.source(12), "op.execute(\"ALTER TABLE item RENAME CONSTRAINT \\\"item_pkey\\\" TO \\\"product_pkey\\\"\");");
    assertContains(project.source(8), "op.execute(\"INSERT INTO country");
    // One statement cannot be typed, and the import says which and why.
    assertEquals(List.of("V6__invoice_sequence.sql statement 3"),
        notes.stream().map(note -> note.replaceAll(" stays SQL.*", "")).toList());
    // The index built concurrently is typed, and undone concurrently, in a revision outside a transaction.
    assertContains(project.source(16), "op.createIndexConcurrently(\"address\", index(\"address_country_idx\", \"country\"));");
    assertContains(project.source(16), "op.dropIndexConcurrently(\"address\", \"address_country_idx\");");
    // A script that is all typed gets a downgrade derived and proven by replay.
    assertContains(project.source(13), "op.dropTableComment(\"customer\");");
    assertEquals(List.of("6", "7", "8", "10.1", "14", "18", "19"), project.written().stream()
        .filter(w -> w.irreversible() != null).map(w -> w.message().replaceAll("Flyway migration (\\S+) .*", "$1")).toList());
  }

  @Test
  void migrateAgainstEntitiesShowsOnlyTheRealDifferences() throws Exception {
    DatabaseSettings byFlyway = PostgresServer.newDatabase("model_by_flyway");
    FlywayRun.migrate(byFlyway, SHOP, "latest");
    Schema history;
    try (Connection connection = byFlyway.connect()) {
      history = CatalogReader.read(connection, Set.copyOf(FlywayRun.BOOKKEEPING));
    }
    ImportedProject project = project("imported.model");
    Migrator migrator = new Migrator(project.migrations(), MigrationLog.silent());
    // All that replay misses of the schema Flyway built is what the statement that stays SQL
    // builds: the sequence's owner.
    CheckReport report = migrator.check(new Snapshot(history, Map.of()));
    assertFalse(report.differences().isEmpty(), report.render());
    assertTrue(report.differences().stream().allMatch(d -> d.text().contains("invoice_number_seq")), report.render());
    assertTrue(report.differences().stream().noneMatch(d -> d.text().contains("address_country_idx")), report.render());

    Schema entities = project.migrations().schemaAt(null);
    Table customer = entities.table("customer").orElseThrow();
    Schema withPoints = entities.withTable(customer.withColumn(new Column("loyalty_points", "integer", true, null)));
    NewMigration target = new NewMigration(project.sources(), project.packageName(), ImportedProject.CLOCK, () -> "abcdefabcdef");
    String written = Files.readString(migrator.autogenerate(new Snapshot(withPoints, Map.of()), "Loyalty points", target)
        .orElseThrow());
    assertContains(written, "op.addColumn(\"customer\", column(\"loyalty_points\", \"integer\"));");
    assertEquals(1, written.split("op\\.").length - 1 - 1, written);
  }

  @Test
  void anUndoScriptIsTheDowngradeAndAMissingOneStopsIt() throws Exception {
    ImportedProject project = project("imported.undo");
    DatabaseSettings database = PostgresServer.newDatabase("undo");
    Migrator migrator = new Migrator(project.migrations(), MigrationLog.silent());
    migrator.upgrade(database, "head", LOCK);
    migrator.downgrade(database, "-1", LOCK);
    DatabaseSettings at19 = PostgresServer.newDatabase("at_19");
    FlywayRun.migrate(at19, SHOP, "19");
    CatalogNormalForm.assertSame(FlywayRun.schema(at19), FlywayRun.schema(database), "U20 undoes V20");
    MigrationException refused = assertThrows(MigrationException.class, () -> migrator.downgrade(database, "-1", LOCK));
    assertContains(refused.getMessage(), "Flyway migration 19 (later/V19__country_fix.sql) cannot be undone");
  }

  ImportedProject project(String packageName) throws Exception {
    ImportedHistory read = new FlywayFolderReader().read(SHOP, "db/migration");
    assertEquals(List.of(), read.notes());
    ImportedHistory history = new FlywayTyping(PostgresServer.newDatabase("import_server"), MigrationLog.silent())
        .type(read, Schema.EMPTY, null);
    notes = history.notes();
    return ImportedProject.of(history, temp.resolve(packageName), packageName, false);
  }

  static void assertContains(String text, String part) {
    assertTrue(text.contains(part), () -> "expected to find\n" + part + "\nin\n" + text);
  }

  static void assertNotContains(String text, String part) {
    assertFalse(text.contains(part), () -> "expected not to find\n" + part + "\nin\n" + text);
  }
}
