package io.tracetrack.migrations.imports.liquibase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tracetrack.migrations.core.MigrationException;
import io.tracetrack.migrations.core.codegen.NewMigration;
import io.tracetrack.migrations.core.schema.Schema;
import io.tracetrack.migrations.imports.ImportException;
import io.tracetrack.migrations.imports.ImportWriter;
import io.tracetrack.migrations.imports.ImportedHistory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Changelogs that cannot be imported: each error names the file and changeset, and nothing is written. */
class BadChangelogTest {
  private static final Path BAD = Path.of("src/test/resources/liquibase/bad").toAbsolutePath();

  @TempDir
  Path temp;

  private static ImportException refused(String changelog) {
    return assertThrows(ImportException.class, () -> new LiquibaseChangelogReader(BAD, null, null).read(changelog));
  }

  @Test
  void aChangelogThatDoesNotParseIsNamedWithLiquibasesReason() {
    ImportException e = refused("broken.xml");
    assertEquals("broken.xml", e.file());
    assertTrue(e.getMessage().startsWith("broken.xml: Liquibase cannot parse it: "), e.getMessage());
    assertTrue(e.getMessage().contains("line 8"), e.getMessage());
  }

  @Test
  void anUnknownChangeTypeNamesTheFileAndChangeset() {
    ImportException e = refused("unknown-change.yaml");
    assertTrue(e.getMessage().contains("unknown-change.yaml"), e.getMessage());
    assertTrue(e.getMessage().contains("2-mystery") && e.getMessage().contains("frobnicateTable"), e.getMessage());
  }

  @Test
  void aRunAlwaysChangesetIsRefusedWithWhy() {
    ImportException e = refused("run-always.xml");
    assertEquals("run-always.xml", e.file());
    assertEquals("refresh-stats by zed", e.unit());
    assertTrue(e.getMessage().contains("runAlways"), e.getMessage());
  }

  @Test
  void aChangeWithNoSqlOnPostgresIsRefused() {
    ImportException e = refused("shell.xml");
    assertEquals("backup by zed", e.unit());
    assertTrue(e.getMessage().contains("executeCommand"), e.getMessage());
  }

  @Test
  void aMissingChangelogIsNamed() {
    ImportException e = refused("no-such.xml");
    assertTrue(e.getMessage().startsWith("no-such.xml: "), e.getMessage());
  }

  @Test
  void aClassThatWouldBeOverwrittenStopsTheImportBeforeAnythingIsWritten() throws Exception {
    ImportedHistory history = new LiquibaseChangelogReader(LiquibaseImportProofTest.INPUTS.resolve("yaml").toAbsolutePath(),
        null, null).read("changelog.yaml");
    NewMigration target = new NewMigration(temp, "app.migrations", ImportedProject.CLOCK, () -> "unused");
    Path taken = target.packageDirectory().resolve("M20260301090002_Changeset3.java");
    Files.createDirectories(taken.getParent());
    Files.writeString(taken, "// someone's own class");
    MigrationException e = assertThrows(MigrationException.class,
        () -> new ImportWriter(target, false).write(history, Schema.EMPTY, null));
    assertTrue(e.getMessage().contains(taken.toString()), e.getMessage());
    try (Stream<Path> files = Files.walk(temp)) {
      assertEquals(List.of(taken), files.filter(Files::isRegularFile).toList());
    }
  }
}
