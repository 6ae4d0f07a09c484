package io.tracetrack.migrations.imports.liquibase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tracetrack.migrations.core.MigrationException;
import io.tracetrack.migrations.core.MigrationLog;
import io.tracetrack.migrations.core.codegen.NewMigration;
import io.tracetrack.migrations.core.schema.Column;
import io.tracetrack.migrations.core.schema.Schema;
import io.tracetrack.migrations.core.schema.Snapshot;
import io.tracetrack.migrations.core.schema.Table;
import java.nio.file.Files;
import java.util.Map;
import io.tracetrack.migrations.core.Migrator;
import io.tracetrack.migrations.core.db.DatabaseSettings;
import io.tracetrack.migrations.core.testsupport.CatalogNormalForm;
import io.tracetrack.migrations.core.testsupport.PostgresServer;
import io.tracetrack.migrations.imports.ImportedHistory;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The import's proof: Liquibase's own {@code update} applies a changelog to one real PostgreSQL
 * database, the engine applies the imported migrations to another (as {@code tracetrack:upgrade}
 * does), and the two live schemas, read from pg_catalog by {@link CatalogNormalForm}, are equal
 * but for each tool's bookkeeping tables.
 */
class LiquibaseImportProofTest {
  static final Path INPUTS = Path.of("src/test/resources/liquibase");
  private static final List<String> BOOKKEEPING = List.of("databasechangelog", "databasechangeloglock",
      "tracetrack_version", "tracetrack_history");

  @TempDir
  Path temp;

  @Test
  void xmlChangelogTreeImportsToTheSchemaLiquibaseBuilds() throws Exception {
    ImportedProject project = importAndCompare(INPUTS.resolve("xml"), "db/master.xml", "prod", "imported.xml", false);
    assertEquals("Liquibase changeset 001-create-customer by alice (db/changes/001-customers.xml):"
        + " Customers who place orders", project.written().get(0).message());
    // 17 changesets in the tree; the test-context one and the Oracle one are left out.
    assertEquals(15, project.written().size());
    assertContains(project.source(0), "op.createTable(\"customer\"");
    assertContains(project.source(0), "column(\"id\", \"bigint\").primaryKey().generatedByDefault()");
    assertContains(project.source(4), "op.execute(\"INSERT INTO country (code, name) VALUES ('DE', 'Germany')");
    // Every changeset here has a rollback or a derived one: downgrade to base empties the database.
    assertEquals(List.of(), project.written().stream().filter(w -> w.irreversible() != null).toList());
    DatabaseSettings database = upgraded(project);
    new Migrator(project.migrations(), MigrationLog.silent()).downgrade(database, "base", Duration.ofSeconds(10));
    assertEquals(List.of("schema public comment=standard public schema"), schema(database));
  }

  @Test
  void oneMigrationPerFileBuildsTheSameSchema() throws Exception {
    ImportedProject project = importAndCompare(INPUTS.resolve("xml"), "db/master.xml", "prod", "imported.perfile", true);
    assertEquals(4, project.written().size());
    assertContains(project.written().get(1).message(), "Liquibase changelog db/changes/002-orders.xml, changesets 010-country by carol,");
  }

  @Test
  void migrateAgainstEntitiesShowsOnlyTheRealDifferences() throws Exception {
    ImportedHistory history = new LiquibaseChangelogReader(INPUTS.resolve("xml").toAbsolutePath(), "prod", null)
        .read("db/master.xml");
    ImportedProject project = ImportedProject.of(history, temp, "imported.model", false);
    Schema imported = project.migrations().schemaAt(null);
    Table customer = imported.table("customer").orElseThrow();
    Schema entities = imported.withTable(customer.withColumn(new Column("loyalty_points", "integer", true, null)));
    Migrator migrator = new Migrator(project.migrations(), MigrationLog.silent());
    assertEquals(1, migrator.check(new Snapshot(entities, Map.of())).differences().size(),
        () -> migrator.check(new Snapshot(entities, Map.of())).render());
    NewMigration target = new NewMigration(project.sources(), project.packageName(), ImportedProject.CLOCK.withZone(java.time.ZoneOffset.ofHours(1)),
        () -> "abcdefabcdef");
    String written = Files.readString(migrator.autogenerate(new Snapshot(entities, Map.of()), "Loyalty points", target).orElseThrow());
    assertContains(written, "op.addColumn(\"customer\", column(\"loyalty_points\", \"integer\"));");
    assertEquals(1, written.split("op\\.").length - 1 - 1, written);
  }

  @Test
  void anIrreversibleChangesetStopsTheDowngradeAndSaysWhich() throws Exception {
    ImportedProject project = importAndCompare(INPUTS.resolve("sql"), "changelog.sql", "prod", "imported.irreversible", false);
    assertEquals(List.of("3"), project.written().stream().filter(w -> w.irreversible() != null)
        .map(w -> w.message().replaceAll("Liquibase changeset (\\S+) .*", "$1")).toList());
    DatabaseSettings database = upgraded(project);
    List<String> before = schema(database);
    Migrator migrator = new Migrator(project.migrations(), MigrationLog.silent());
    MigrationException failed = assertThrows(MigrationException.class,
        () -> migrator.downgrade(database, "base", Duration.ofSeconds(10)));
    assertContains(failed.getMessage(), "Liquibase changeset 3 by ops (changelog.sql) cannot be undone");
    // The materialized view of changeset 4 came off; changeset 3's downgrade rolled back as a whole.
    assertEquals(before.stream().filter(line -> !line.contains("daily_reading")).toList(), schema(database));
  }

  @Test
  void yamlChangelogImportsToTheSchemaLiquibaseBuilds() throws Exception {
    importAndCompare(INPUTS.resolve("yaml"), "changelog.yaml", null, "imported.yaml", false);
  }

  @Test
  void formattedSqlChangelogImportsToTheSchemaLiquibaseBuilds() throws Exception {
    importAndCompare(INPUTS.resolve("sql"), "changelog.sql", "prod", "imported.sql", false);
  }

  /** Applies the changelog both ways and compares; then downgrades the imported side to base where it can. */
  ImportedProject importAndCompare(Path searchPath, String changelog, String contexts, String packageName,
      boolean perFile) throws Exception {
    DatabaseSettings byLiquibase = PostgresServer.newDatabase("by_liquibase");
    LiquibaseRun.update(byLiquibase, searchPath.toAbsolutePath(), changelog, contexts);

    ImportedHistory history = new LiquibaseChangelogReader(searchPath.toAbsolutePath(), contexts, null).read(changelog);
    ImportedProject project = ImportedProject.of(history, temp, packageName, perFile);
    DatabaseSettings byTraceTrack = upgraded(project);

    List<String> expected = schema(byLiquibase);
    List<String> actual = schema(byTraceTrack);
    CatalogNormalForm.assertSame(expected, actual, changelog + ": Liquibase update vs the imported migrations");
    assertFalse(expected.isEmpty());
    return project;
  }

  /** A new database upgraded to head by the engine, as tracetrack:upgrade does it. */
  static DatabaseSettings upgraded(ImportedProject project) {
    DatabaseSettings database = PostgresServer.newDatabase("by_tracetrack");
    new Migrator(project.migrations(), MigrationLog.silent()).upgrade(database, "head", Duration.ofSeconds(10));
    return database;
  }

  static List<String> schema(DatabaseSettings database) throws Exception {
    try (Connection connection = database.connect()) {
      return CatalogNormalForm.read(connection).stream()
          .filter(line -> BOOKKEEPING.stream().noneMatch(table -> line.contains("public." + table)))
          .toList();
    }
  }

  static void assertContains(String text, String part) {
    assertTrue(text.contains(part), () -> "expected to find\n" + part + "\nin\n" + text);
  }
}
