package io.tracetrack.migrations.imports.flyway;

import static io.tracetrack.migrations.imports.flyway.FlywayImportProofTest.assertContains;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.tracetrack.migrations.imports.ImportException;
import io.tracetrack.migrations.imports.ImportedHistory;
import io.tracetrack.migrations.imports.ImportedUnit;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Flyway folders the import refuses, naming the file, or reads in part, saying what it left out. */
class BadFlywayFolderTest {

  @TempDir
  Path folder;

  @Test
  void twoScriptsWithOneVersionAreRefusedNamingBoth() throws Exception {
    write("V1__customer.sql", "CREATE TABLE customer (id int);");
    write("V2__orders.sql", "CREATE TABLE orders (id int);");
    write("hotfix/V2.0__orders_again.sql", "CREATE TABLE orders2 (id int);");
    ImportException refused = assertThrows(ImportException.class, () -> read());
    assertContains(refused.getMessage(), "version 2");
    assertContains(refused.getMessage(), "V2__orders.sql");
    assertContains(refused.getMessage(), "hotfix/V2.0__orders_again.sql");
  }

  @Test
  void aPlaceholderIsRefusedNamingFileAndLine() throws Exception {
    write("V1__customer.sql", "CREATE TABLE customer (id int);");
    write("V2__grant.sql", "-- grants\n\nGRANT SELECT ON customer TO ${reader_role};\n");
    ImportException refused = assertThrows(ImportException.class, () -> read());
    assertEquals("V2__grant.sql", refused.file());
    assertContains(refused.getMessage(), "V2__grant.sql: line 3 uses the Flyway placeholder ${reader_role}");
  }

  @Test
  void repeatableJavaAndMisnamedMigrationsAreReportedNotImported() throws Exception {
    write("V1__customer.sql", "CREATE TABLE customer (id int);");
    write("R__customer_view.sql", "CREATE OR REPLACE VIEW v AS SELECT * FROM customer;");
    write("V2__Backfill.java", "class V2__Backfill {}");
    write("V3.x__broken.sql", "SELECT 1;");
    write("U7__nothing.sql", "SELECT 1;");
    write("README.md", "notes");
    ImportedHistory history = read();
    assertEquals(List.of("1"), history.units().stream().map(ImportedUnit::id).toList());
    assertEquals(4, history.notes().size(), history.notes()::toString);
    String notes = String.join("\n", history.notes());
    assertContains(notes, "Repeatable migration R__customer_view.sql is not imported");
    assertContains(notes, "Java migration V2__Backfill.java is not imported");
    assertContains(notes, "V3.x__broken.sql is not imported");
    assertContains(notes, "Undo script U7__nothing.sql is not imported: no versioned script has version 7");
  }

  @Test
  void javaMigrationsBesideTheScriptsAreReported() throws Exception {
    write("java/db/migration/V3__Backfill.java", "package db.migration; class V3__Backfill {}");
    write("java/db/migration/Helper.java", "package db.migration; class Helper {}");
    assertEquals(List.of("Java migration src/main/java/db/migration/V3__Backfill.java is not imported: write its work"
        + " as a migration by hand (op.run for data)"),
        new FlywayFolderReader().javaMigrations(folder.resolve("java/db/migration"), "src/main/java/db/migration"));
  }

  @Test
  void aMissingFolderIsNamed() {
    ImportException refused = assertThrows(ImportException.class,
        () -> new FlywayFolderReader().read(folder.resolve("nowhere"), "src/main/resources/db/nowhere"));
    assertContains(refused.getMessage(), "src/main/resources/db/nowhere");
  }

  private ImportedHistory read() {
    return new FlywayFolderReader().read(folder, "db/migration");
  }

  private void write(String name, String sql) throws Exception {
    Path file = folder.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, sql);
  }
}
