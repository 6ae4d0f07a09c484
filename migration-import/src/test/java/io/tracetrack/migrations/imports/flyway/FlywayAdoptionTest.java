package io.tracetrack.migrations.imports.flyway;

import static io.tracetrack.migrations.imports.flyway.FlywayImportProofTest.SHOP;
import static io.tracetrack.migrations.imports.flyway.FlywayImportProofTest.assertContains;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tracetrack.migrations.core.Migrator;
import io.tracetrack.migrations.core.db.DatabaseSettings;
import io.tracetrack.migrations.core.revision.PlannedStep;
import io.tracetrack.migrations.core.runner.AdoptionException;
import io.tracetrack.migrations.core.testsupport.CatalogNormalForm;
import io.tracetrack.migrations.core.testsupport.Db;
import io.tracetrack.migrations.core.testsupport.PostgresServer;
import io.tracetrack.migrations.core.testsupport.RecordingLog;
import io.tracetrack.migrations.imports.liquibase.ImportedProject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Adopting a database Flyway migrated: upgrade stamps the imported revision that matches {@code
 * flyway_schema_history} when the live schema is the one the migrations build up to it, runs what
 * is newer, and leaves Flyway's table as it was; on drift it lists the differences and stamps nothing.
 */
class FlywayAdoptionTest {
  private static final Duration LOCK = Duration.ofSeconds(10);
  private static final String HISTORY = "SELECT installed_rank, version, checksum, success FROM flyway_schema_history"
      + " ORDER BY installed_rank";

  @TempDir
  static Path temp;

  static ImportedProject project;

  @BeforeAll
  static void importShop() throws Exception {
    project = ImportedProject.of(new FlywayFolderReader().read(SHOP, "db/migration"), temp, "adopted.shop", false);
  }

  @Test
  void aDatabaseFlywayMigratedHalfWayIsStampedThenUpgraded() throws Exception {
    DatabaseSettings database = PostgresServer.newDatabase("flyway_half");
    FlywayRun.migrate(database, SHOP, "12");
    var flywayRows = Db.rows(database, HISTORY);
    RecordingLog log = new RecordingLog();

    List<PlannedStep> steps = new Migrator(project.migrations(), log).upgrade(database, "head", LOCK);

    assertEquals(8, steps.size(), () -> String.join("\n", log.lines()));
    String v12 = project.written().get(13).revision();
    assertTrue(log.lines().get(0).startsWith("Adopting the database: flyway_schema_history records 14 applied, up to 12:"
        + " revision " + v12), () -> String.join("\n", log.lines()));
    assertContains(log.lines().get(1), "Stamping base -> " + v12 + " (no migration was run)");
    assertEquals(flywayRows, Db.rows(database, HISTORY));
    assertEquals(List.of(project.written().get(21).revision()), Db.versions(database));
    DatabaseSettings byFlyway = PostgresServer.newDatabase("flyway_all");
    FlywayRun.migrate(byFlyway, SHOP, "latest");
    CatalogNormalForm.assertSame(FlywayRun.schema(byFlyway), FlywayRun.schema(database), "adopted at 12, upgraded");
  }

  @Test
  void aDatabaseFlywayMigratedToTheEndIsStampedAndNothingRuns() throws Exception {
    DatabaseSettings database = PostgresServer.newDatabase("flyway_end");
    FlywayRun.migrate(database, SHOP, "latest");
    List<String> schema = FlywayRun.schema(database);

    List<PlannedStep> steps = new Migrator(project.migrations(), new RecordingLog()).upgrade(database, "head", LOCK);

    assertEquals(List.of(), steps);
    assertEquals(schema, FlywayRun.schema(database));
    assertEquals(List.of(project.written().get(21).revision()), Db.versions(database));
  }

  @Test
  void driftIsListedAndNothingIsStamped() throws Exception {
    DatabaseSettings database = PostgresServer.newDatabase("flyway_drift");
    FlywayRun.migrate(database, SHOP, "latest");
    Db.execute(database, "ALTER TABLE customer ADD COLUMN nickname text; DROP INDEX orders_open_note_idx");
    var flywayRows = Db.rows(database, HISTORY);
    Migrator migrator = new Migrator(project.migrations(), new RecordingLog());

    AdoptionException refused = assertThrows(AdoptionException.class, () -> migrator.upgrade(database, "head", LOCK));

    assertContains(refused.getMessage(), "flyway_schema_history records 22 applied, up to 20");
    assertContains(refused.getMessage(), "nothing was stamped");
    assertEquals(2, refused.drift().size(), refused::getMessage);
    assertContains(String.join("\n", refused.drift()), "nickname");
    assertContains(String.join("\n", refused.drift()), "orders_open_note_idx");
    assertFalse(Db.tableExists(database, "tracetrack_version"));
    assertEquals(flywayRows, Db.rows(database, HISTORY));
  }

  @Test
  void aVersionNoImportedMigrationHoldsIsRefused() throws Exception {
    Path folder = temp.resolve("with-hotfix");
    Files.createDirectories(folder);
    try (Stream<Path> scripts = Files.list(SHOP)) {
      for (Path script : scripts.filter(Files::isRegularFile).toList()) {
        Files.copy(script, folder.resolve(script.getFileName()));
      }
    }
    Files.writeString(folder.resolve("V12_5__hotfix.sql"), "ALTER TABLE country ADD COLUMN region text;");
    DatabaseSettings database = PostgresServer.newDatabase("flyway_hotfix");
    FlywayRun.migrate(database, folder, "latest");

    AdoptionException refused = assertThrows(AdoptionException.class,
        () -> new Migrator(project.migrations(), new RecordingLog()).upgrade(database, "head", LOCK));

    assertEquals("flyway_schema_history records 12.5 as applied, which no imported migration holds; nothing was"
        + " stamped: import the flyway history again", refused.getMessage());
    assertFalse(Db.tableExists(database, "tracetrack_version"));
  }

  @Test
  void aNewDatabaseUpgradesFromBase() throws Exception {
    DatabaseSettings database = PostgresServer.newDatabase("flyway_none");
    RecordingLog log = new RecordingLog();
    assertEquals(22, new Migrator(project.migrations(), log).upgrade(database, "head", LOCK).size());
    assertTrue(log.lines().stream().noneMatch(line -> line.startsWith("Adopting")), () -> String.join("\n", log.lines()));
  }
}
