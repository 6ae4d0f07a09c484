package io.tracetrack.migrations.imports.liquibase;

import static io.tracetrack.migrations.imports.liquibase.LiquibaseImportProofTest.INPUTS;
import static io.tracetrack.migrations.imports.liquibase.LiquibaseImportProofTest.assertContains;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tracetrack.migrations.core.Migrator;
import io.tracetrack.migrations.core.db.DatabaseSettings;
import io.tracetrack.migrations.core.revision.PlannedStep;
import io.tracetrack.migrations.core.runner.AdoptionException;
import io.tracetrack.migrations.core.testsupport.CatalogNormalForm;
import io.tracetrack.migrations.core.testsupport.PostgresServer;
import io.tracetrack.migrations.core.testsupport.RecordingLog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Adopting a database Liquibase updated: upgrade matches {@code databasechangelog} (filename, id,
 * author) with the imported migrations, or with the revisions whose changeSets {@code
 * tracetrack:changelog} exported, stamps the revision when the live schema is the one they build,
 * runs nothing more than what is newer, and leaves Liquibase's tables as they were; drift stamps nothing.
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

  /**
   * Production roles seldom have CREATEDB: the schema is then checked against replay, which sees
   * every change of a changelog Liquibase's typed changes make.
   */
  @Test
  void aRoleThatMayNotCreateDatabasesAdoptsAfterCheckingByReplay() throws Exception {
    Path folder = Files.createDirectories(temp.resolve("typed"));
    Files.writeString(folder.resolve("typed.yaml"), """
        databaseChangeLog:
          - changeSet:
              id: 1
              author: ops
              changes:
                - createTable:
                    tableName: account
                    columns:
                      - column: {name: id, type: bigint, constraints: {primaryKey: true}}
                      - column: {name: email, type: varchar(200), constraints: {nullable: false, unique: true}}
          - changeSet:
              id: 2
              author: ops
              changes:
                - addColumn:
                    tableName: account
                    columns:
                      - column: {name: created_at, type: timestamp, defaultValueComputed: now()}
                - createIndex:
                    tableName: account
                    indexName: ix_account_created_at
                    columns:
                      - column: {name: created_at}
        """);
    ImportedProject typed = ImportedProject.of(new LiquibaseChangelogReader(folder, null, null).read("typed.yaml"),
        folder, "typed", false);
    DatabaseSettings database = ownedByRoleWithoutCreatedb(PostgresServer.newDatabase("liquibase_nocreatedb"));
    LiquibaseRun.update(database, folder, "typed.yaml", null);
    RecordingLog log = new RecordingLog();

    assertEquals(List.of(), new Migrator(typed.migrations(), log).upgrade(database, "head", Duration.ofSeconds(10)));

    assertContains(log.lines().get(0), "The role " + NO_CREATEDB + " may not create a scratch database (CREATEDB)");
    assertContains(log.lines().get(1), "Adopting the database: databasechangelog records 2 applied");
    String head = typed.written().get(1).revision();
    assertEquals(List.of(head), LiquibaseRun.rows(database, "SELECT version_num FROM tracetrack_version"));
  }

  /** What replay cannot see (a check the changelog adds by SQL) stamps nothing, and the error says why. */
  @Test
  void aRoleThatMayNotCreateDatabasesStampsNothingWhereReplayCannotSee() throws Exception {
    DatabaseSettings database = ownedByRoleWithoutCreatedb(PostgresServer.newDatabase("liquibase_nocreatedb_sql"));
    LiquibaseRun.update(database, XML, "db/master.xml", "prod");

    AdoptionException refused = assertThrows(AdoptionException.class,
        () -> new Migrator(project.migrations(), new RecordingLog()).upgrade(database, "head", Duration.ofSeconds(10)));

    assertContains(refused.getMessage(), "nothing was stamped");
    assertEquals(2, refused.drift().size(), refused::getMessage);
    assertContains(refused.drift().get(0), "check constraint \"ck_order_total\" on \"customer_order\"");
    assertContains(refused.drift().get(1), "upgrade as a role with CREATEDB");
    assertEquals(List.of("f"), LiquibaseRun.rows(database, "SELECT to_regclass('tracetrack_version') IS NOT NULL"));
  }

  private static final String NO_CREATEDB = "adopter_nocreatedb";

  /** The database handed to a role that owns it but may not create databases, as production roles are. */
  private static DatabaseSettings ownedByRoleWithoutCreatedb(DatabaseSettings database) throws Exception {
    String name = database.url().substring(database.url().lastIndexOf('/') + 1);
    try (var connection = database.connect(); var statement = connection.createStatement()) {
      statement.execute("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + NO_CREATEDB + "') THEN"
          + " CREATE ROLE " + NO_CREATEDB + " LOGIN NOCREATEDB NOSUPERUSER; END IF; END $$");
      statement.execute("ALTER DATABASE " + name + " OWNER TO " + NO_CREATEDB);
    }
    return new DatabaseSettings(database.url(), NO_CREATEDB, null);
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

  @Test
  void aDatabaseLiquibaseUpdatedFromTheExportedChangelogIsAdoptedThenUpgraded() throws Exception {
    String middle = project.written().get(6).revision();
    DatabaseSettings database = exportedAndUpdated("exported_adopt", middle);
    List<String> changelog = LiquibaseRun.rows(database, CHANGELOG);
    assertEquals(7, changelog.size(), String.join("\n", changelog));
    RecordingLog log = new RecordingLog();

    List<PlannedStep> ran = new Migrator(project.migrations(), log).upgrade(database, "head", Duration.ofSeconds(10));

    assertEquals(project.written().size() - 7, ran.size());
    assertEquals(project.written().get(7).revision(), ran.get(0).revision().id());
    assertContains(log.lines().get(0), "Adopting the database: databasechangelog records 7 applied, up to export.xml::"
        + middle + "::tracetrack: revision " + middle);
    assertContains(log.lines().get(1), "Stamping base -> " + middle + " (no migration was run)");
    String head = project.written().get(project.written().size() - 1).revision();
    assertEquals(List.of(head), LiquibaseRun.rows(database, "SELECT version_num FROM tracetrack_version"));
    assertEquals(changelog, LiquibaseRun.rows(database, CHANGELOG));
    CatalogNormalForm.assertSame(LiquibaseImportProofTest.schema(LiquibaseImportProofTest.upgraded(project)),
        LiquibaseImportProofTest.schema(database), "liquibase update of the export to the middle, then upgrade");
  }

  @Test
  void aMissingExportedChangeSetBeforeAnAppliedOneStampsNothing() throws Exception {
    String middle = project.written().get(6).revision();
    DatabaseSettings database = exportedAndUpdated("exported_gap", middle);
    String third = project.written().get(2).revision();
    try (var connection = database.connect(); var statement = connection.createStatement()) {
      statement.execute("DELETE FROM databasechangelog WHERE id = '" + third + "'");
    }
    Migrator migrator = new Migrator(project.migrations(), new RecordingLog());

    AdoptionException refused = assertThrows(AdoptionException.class,
        () -> migrator.upgrade(database, "head", Duration.ofSeconds(10)));

    // An imported revision without its exported changeSet may still stand for the changeSets it was
    // imported from: the message names those.
    assertEquals("databasechangelog does not record db/changes/001-customers.xml::003-invoice-number::bob as applied,"
        + " though later ones are; nothing was stamped: the database is not at one revision", refused.getMessage());
    assertEquals(List.of("f"), LiquibaseRun.rows(database, "SELECT to_regclass('tracetrack_version') IS NOT NULL"));
  }

  @Test
  void anExportedChangeSetOfNoRevisionStampsNothing() throws Exception {
    DatabaseSettings database = exportedAndUpdated("exported_unknown", project.written().get(1).revision());
    try (var connection = database.connect(); var statement = connection.createStatement()) {
      statement.execute("UPDATE databasechangelog SET id = 'abcdefabcdef' WHERE orderexecuted = 2");
    }
    Migrator migrator = new Migrator(project.migrations(), new RecordingLog());

    AdoptionException refused = assertThrows(AdoptionException.class,
        () -> migrator.upgrade(database, "head", Duration.ofSeconds(10)));

    assertContains(refused.getMessage(), "databasechangelog records export.xml::abcdefabcdef::tracetrack as applied:"
        + " changeSets by tracetrack whose ids are no revision of these migrations; nothing was stamped");
  }

  @Test
  void aDatabasechangelogWithNoChangeSetOfTheMigrationsIsLeftAloneAndUpgradeStartsFromBase() throws Exception {
    DatabaseSettings database = PostgresServer.newDatabase("other_liquibase");
    LiquibaseRun.update(database, INPUTS.resolve("yaml").toAbsolutePath(), "changelog.yaml", null);
    List<String> changelog = LiquibaseRun.rows(database, CHANGELOG);
    ImportedProject notes = ChangelogExportTest.noteProject(temp.resolve("other_use"));
    RecordingLog log = new RecordingLog();

    assertEquals(2, new Migrator(notes.migrations(), log).upgrade(database, "head", Duration.ofSeconds(10)).size());

    assertTrue(log.lines().stream().noneMatch(line -> line.contains("Adopting")), log.lines()::toString);
    assertEquals(List.of("a00000000002"), LiquibaseRun.rows(database, "SELECT version_num FROM tracetrack_version"));
    assertEquals(changelog, LiquibaseRun.rows(database, CHANGELOG));
  }

  /** A new database that Liquibase's own update of the changelog exported from base to {@code to} built. */
  private static DatabaseSettings exportedAndUpdated(String name, String to) throws Exception {
    Path folder = Files.createDirectories(temp.resolve(name));
    Files.writeString(folder.resolve("export.xml"), ChangelogExport.xml(project.migrations(), "base:" + to, "export.xml"));
    DatabaseSettings database = PostgresServer.newDatabase(name);
    LiquibaseRun.update(database, folder, "export.xml", null);
    return database;
  }
}
