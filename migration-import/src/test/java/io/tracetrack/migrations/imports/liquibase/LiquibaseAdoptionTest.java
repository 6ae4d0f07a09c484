package io.tracetrack.migrations.imports.liquibase;

import static io.tracetrack.migrations.imports.liquibase.LiquibaseImportProofTest.INPUTS;
import static io.tracetrack.migrations.imports.liquibase.LiquibaseImportProofTest.assertContains;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.tracetrack.migrations.core.Migrator;
import io.tracetrack.migrations.core.db.DatabaseSettings;
import io.tracetrack.migrations.core.runner.AdoptionException;
import io.tracetrack.migrations.core.testsupport.PostgresServer;
import io.tracetrack.migrations.core.testsupport.RecordingLog;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Adopting a database Liquibase updated: upgrade matches {@code databasechangelog} (filename, id,
 * author) with the imported migrations, stamps the revision when the live schema is the one they
 * build, runs nothing, and leaves Liquibase's tables as they were; drift stamps nothing.
 */
class LiquibaseAdoptionTest {
  private static final Path XML = INPUTS.resolve("xml").toAbsolutePath();
  private static final String CHANGELOG = "SELECT id, author, filename, md5sum, orderexecuted FROM databasechangelog"
      + " ORDER BY orderexecuted";

  @TempDir
  static Path temp;

  static ImportedProject project;

  @BeforeAll
  static void importTree() throws Exception {
    project = ImportedProject.of(new LiquibaseChangelogReader(XML, "prod", null).read("db/master.xml"), temp,
        "adopted.xml", false);
  }

  @Test
  void aDatabaseLiquibaseUpdatedIsStampedAtHeadAndNothingRuns() throws Exception {
    DatabaseSettings database = PostgresServer.newDatabase("liquibase_adopt");
    LiquibaseRun.update(database, XML, "db/master.xml", "prod");
    List<String> changelog = LiquibaseRun.rows(database, CHANGELOG);
    List<String> schema = LiquibaseImportProofTest.schema(database);
    RecordingLog log = new RecordingLog();

    assertEquals(List.of(), new Migrator(project.migrations(), log).upgrade(database, "head", Duration.ofSeconds(10)));

    String head = project.written().get(project.written().size() - 1).revision();
    assertContains(log.lines().get(0), "Adopting the database: databasechangelog records 15 applied, up to ");
    assertContains(log.lines().get(0), "revision " + head);
    assertEquals(List.of(head), LiquibaseRun.rows(database, "SELECT version_num FROM tracetrack_version"));
    assertEquals(changelog, LiquibaseRun.rows(database, CHANGELOG));
    assertEquals(schema, LiquibaseImportProofTest.schema(database));
  }

  @Test
  void driftIsListedAndNothingIsStamped() throws Exception {
    DatabaseSettings database = PostgresServer.newDatabase("liquibase_drift");
    LiquibaseRun.update(database, XML, "db/master.xml", "prod");
    try (var connection = database.connect(); var statement = connection.createStatement()) {
      statement.execute("ALTER TABLE customer ALTER COLUMN email DROP NOT NULL");
    }
    List<String> changelog = LiquibaseRun.rows(database, CHANGELOG);
    Migrator migrator = new Migrator(project.migrations(), new RecordingLog());

    AdoptionException refused = assertThrows(AdoptionException.class,
        () -> migrator.upgrade(database, "head", Duration.ofSeconds(10)));

    assertContains(refused.getMessage(), "nothing was stamped");
    assertEquals(1, refused.drift().size(), refused::getMessage);
    assertContains(refused.drift().get(0), "email");
    assertEquals(List.of("f"), LiquibaseRun.rows(database, "SELECT to_regclass('tracetrack_version') IS NOT NULL"));
    assertEquals(changelog, LiquibaseRun.rows(database, CHANGELOG));
  }
}
