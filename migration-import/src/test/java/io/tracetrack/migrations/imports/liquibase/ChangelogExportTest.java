package io.tracetrack.migrations.imports.liquibase;

import static io.tracetrack.migrations.imports.liquibase.LiquibaseImportProofTest.INPUTS;
import static io.tracetrack.migrations.imports.liquibase.LiquibaseImportProofTest.assertContains;
import static io.tracetrack.migrations.imports.liquibase.LiquibaseImportProofTest.schema;
import static io.tracetrack.migrations.imports.liquibase.LiquibaseImportProofTest.upgraded;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tracetrack.migrations.core.MigrationLog;
import io.tracetrack.migrations.core.Migrator;
import io.tracetrack.migrations.core.db.DatabaseSettings;
import io.tracetrack.migrations.core.testsupport.CatalogNormalForm;
import io.tracetrack.migrations.core.testsupport.JavaSourceCompiler;
import io.tracetrack.migrations.core.testsupport.PostgresServer;
import io.tracetrack.migrations.imports.ImportedHistory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The exported changelog, judged by Liquibase itself: its {@code update} on an empty database builds
 * the schema {@code tracetrack:upgrade} builds, and its {@code rollback} takes the database back to
 * empty. The migrations are those of the XML import, which mix typed operations, SQL and data.
 */
class ChangelogExportTest {
  private static final List<String> EMPTY = List.of("schema public comment=standard public schema");

  @TempDir
  Path temp;

  private ImportedProject project() throws Exception {
    ImportedHistory history = new LiquibaseChangelogReader(INPUTS.resolve("xml").toAbsolutePath(), "prod", null)
        .read("db/master.xml");
    return ImportedProject.of(history, temp.resolve("project"), "exported.xml", false);
  }

  @Test
  void liquibaseUpdateOfTheExportBuildsTheUpgradesSchemaAndRollbackEmptiesIt() throws Exception {
    ImportedProject project = project();
    String xml = ChangelogExport.xml(project.migrations(), "base:head", "tracetrack-changelog.xml");
    assertContains(xml, "<changeSet author=\"tracetrack\" dbms=\"postgresql\" id=\"" + project.written().get(0).revision() + "\"");
    assertContains(xml, "<rollback>");
    Path folder = temp.resolve("export");
    Files.createDirectories(folder);
    Files.writeString(folder.resolve("tracetrack-changelog.xml"), xml);

    DatabaseSettings byLiquibase = PostgresServer.newDatabase("export_liquibase");
    LiquibaseRun.update(byLiquibase, folder, "tracetrack-changelog.xml", null);
    DatabaseSettings byTraceTrack = upgraded(project);
    CatalogNormalForm.assertSame(schema(byTraceTrack), schema(byLiquibase), "tracetrack:upgrade vs liquibase update of the export");
    assertEquals(List.of("4"), LiquibaseRun.rows(byLiquibase, "SELECT count(*) FROM country"));
    assertEquals(project.written().size(), LiquibaseRun.rows(byLiquibase, "SELECT id FROM databasechangelog").size());

    LiquibaseRun.rollbackAll(byLiquibase, folder, "tracetrack-changelog.xml");
    assertEquals(EMPTY, schema(byLiquibase));
  }

  @Test
  void aRangeExportsOnlyItsRevisionsOnTopOfADatabaseAtItsStart() throws Exception {
    ImportedProject project = project();
    String middle = project.written().get(6).revision();
    String xml = ChangelogExport.xml(project.migrations(), middle + ":head", "later.xml");
    assertEquals(project.written().size() - 7, xml.split("<changeSet ").length - 1, xml);
    Path folder = temp.resolve("range");
    Files.createDirectories(folder);
    Files.writeString(folder.resolve("later.xml"), xml);

    DatabaseSettings database = PostgresServer.newDatabase("export_range");
    new Migrator(project.migrations(), MigrationLog.silent()).upgrade(database, middle, Duration.ofSeconds(10));
    LiquibaseRun.update(database, folder, "later.xml", null);
    CatalogNormalForm.assertSame(schema(upgraded(project)), schema(database), "upgrade to the middle, then the export of the rest");
  }

  @Test
  void anEmptyDowngradeIsANoOpRollbackThatLiquibaseRollsBackOver() throws Exception {
    Path folder = temp.resolve("handwritten");
    ImportedProject project = noteProject(folder);
    String xml = ChangelogExport.xml(project.migrations(), "base:head", "notes.xml");
    assertContains(xml.substring(xml.indexOf("id=\"a00000000002\"")), "<rollback>\n            <empty/>\n        </rollback>");
    Files.writeString(folder.resolve("notes.xml"), xml);

    DatabaseSettings database = PostgresServer.newDatabase("export_noop_rollback");
    LiquibaseRun.update(database, folder, "notes.xml", null);
    assertEquals(List.of("1"), LiquibaseRun.rows(database, "SELECT id FROM note"));
    LiquibaseRun.rollbackAll(database, folder, "notes.xml");
    assertEquals(EMPTY, schema(database));
  }

  /**
   * Two migrations written by hand in {@code folder}, compiled: a table, then a row in it whose
   * downgrade is empty (the table's drop takes the row).
   */
  static ImportedProject noteProject(Path folder) throws Exception {
    JavaSourceCompiler.write(folder.resolve("src"), "handwritten", "Ma00000000001", migration("a00000000001", null,
        "op.execute(\"CREATE TABLE note (id integer PRIMARY KEY)\");", "op.execute(\"DROP TABLE note\");"));
    JavaSourceCompiler.write(folder.resolve("src"), "handwritten", "Ma00000000002", migration("a00000000002", "a00000000001",
        "op.execute(\"INSERT INTO note VALUES (1)\");", "// the table's drop takes the row"));
    return ImportedProject.compiled(folder, "handwritten", List.of());
  }

  private static String migration(String id, String revises, String upgrade, String downgrade) {
    return "package handwritten;\n\nimport io.tracetrack.migrations.*;\n\n"
        + "@Revision(id = \"" + id + "\", message = \"" + id + "\"" + (revises == null ? "" : ", revises = \"" + revises + "\"")
        + ")\npublic class M" + id + " implements Migration {\n"
        + "  public void upgrade(Operations op) { " + upgrade + " }\n"
        + "  public void downgrade(Operations op) { " + downgrade + "\n  }\n}\n";
  }
}
