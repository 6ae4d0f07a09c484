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
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Flyway import's proof: Flyway's own engine applies a folder of 22 versioned scripts to one
 * real PostgreSQL database, the engine applies the imported migrations to another (as {@code
 * tracetrack:upgrade} does), and the two live schemas, read from pg_catalog by {@link
 * CatalogNormalForm}, are equal but for each tool's bookkeeping table.
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
    for (int i = 0; i < project.written().size(); i++) {
      System.out.println("=== " + i + "\n" + project.source(i));
    }
    System.out.println(String.join("\n", notes));
    assertEquals(Db.rows(byFlyway, "SELECT code, name FROM country ORDER BY code"),
        Db.rows(byTraceTrack, "SELECT code, name FROM country ORDER BY code"));
  }

  @Test
  void scriptsBecomeMigrationsInFlywaysVersionOrder() throws Exception {
    ImportedProject project = project("imported.order");
    for (int i = 0; i < project.written().size(); i++) {
      System.out.println("=== " + i + "\n" + project.source(i));
    }
    System.out.println(String.join("\n", notes));
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
    assertEquals(21, project.written().stream().filter(w -> w.irreversible() != null).count());
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
