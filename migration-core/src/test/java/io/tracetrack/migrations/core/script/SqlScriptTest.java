package io.tracetrack.migrations.core.script;

import static io.tracetrack.migrations.ColumnDef.column;
import static io.tracetrack.migrations.core.testsupport.TestMigrations.migration;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tracetrack.migrations.Migration;
import io.tracetrack.migrations.Operations;
import io.tracetrack.migrations.Revision;
import io.tracetrack.migrations.core.MigrationLog;
import io.tracetrack.migrations.core.loader.LoadedMigration;
import io.tracetrack.migrations.core.loader.MigrationSet;
import io.tracetrack.migrations.core.testsupport.TestMigrations;
import io.tracetrack.migrations.core.revision.RevisionInfo;
import io.tracetrack.migrations.core.revision.RevisionException;
import io.tracetrack.migrations.core.revision.WrongDirectionException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqlScriptTest {
  private static final MigrationSet MIGRATIONS = new MigrationSet(List.of(
      migration("aaaa00000001", List.of(), "Initial schema",
          op -> op.createTable("user", column("id", "bigint").primaryKey()),
          op -> op.dropTable("user")),
      migration("bbbb00000002", List.of("aaaa00000001"), "Add name",
          op -> op.addColumn("user", column("name", "varchar(50)")),
          op -> op.dropColumn("user", "name")),
      migration("cccc00000003", List.of("bbbb00000002"), "Fix it's data",
          op -> op.execute("UPDATE \"user\" SET name = 'x'"),
          op -> op.execute("UPDATE \"user\" SET name = NULL"))));

  @Test
  void upgradeFromBaseToHeadByDefault() {
    String script = SqlScript.upgrade(MIGRATIONS, null, MigrationLog.silent());
    assertTrue(script.startsWith("-- TraceTrack Migrations: upgrade base:heads, 3 migrations\n"), script);
    assertTrue(script.contains("CREATE TABLE IF NOT EXISTS tracetrack_version"), script);
    assertEquals(3, count(script, "\nBEGIN;\n"));
    assertEquals(3, count(script, "\nCOMMIT;\n"));
    assertTrue(script.contains("-- Running upgrade  -> aaaa00000001, Initial schema"), script);
    assertTrue(script.contains("ALTER TABLE \"user\" ADD COLUMN \"name\" varchar(50);\n"), script);
    assertTrue(script.contains("UPDATE \"user\" SET name = 'x';\n"), script);
    assertTrue(script.contains("INSERT INTO tracetrack_version (version_num) VALUES ('cccc00000003');"), script);
    // Messages are SQL literals: quotes doubled.
    assertTrue(script.contains("'Fix it''s data'"), script);
    int create = script.indexOf("CREATE TABLE \"user\"");
    int add = script.indexOf("ADD COLUMN \"name\"");
    assertTrue(create > 0 && create < add, "migrations in order");
  }

  @Test
  void upgradeRangeFromARevision() {
    String script = SqlScript.upgrade(MIGRATIONS, "aaaa:bbbb", MigrationLog.silent());
    assertEquals(1, count(script, "\nBEGIN;\n"));
    assertTrue(script.contains("-- Running upgrade aaaa00000001 -> bbbb00000002, Add name"), script);
    assertFalse(script.contains("CREATE TABLE \"user\""), script);
  }

  @Test
  void downgradeFromHeadToBase() {
    String script = SqlScript.downgrade(MIGRATIONS, "head:base", MigrationLog.silent());
    assertEquals(3, count(script, "\nBEGIN;\n"));
    assertTrue(script.indexOf("UPDATE \"user\" SET name = NULL") < script.indexOf("DROP TABLE \"user\""), script);
    assertTrue(script.contains("-- Running downgrade aaaa00000001 -> , Initial schema"), script);
    assertTrue(script.endsWith("COMMIT;\n\n"), script);
  }

  @Test
  void downgradeOneStepByDefault() {
    String script = SqlScript.downgrade(MIGRATIONS, null, MigrationLog.silent());
    assertEquals(1, count(script, "\nBEGIN;\n"));
    assertTrue(script.contains("INSERT INTO tracetrack_version (version_num) VALUES ('bbbb00000002');"), script);
  }

  @Revision(id = "dddd00000004", revises = "cccc00000003", message = "Index concurrently", transactional = false)
  static final class Concurrently implements Migration {
    @Override
    public void upgrade(Operations op) {
      op.execute("CREATE INDEX CONCURRENTLY ix_user_name ON \"user\" (name)");
    }

    @Override
    public void downgrade(Operations op) {
      op.execute("DROP INDEX CONCURRENTLY ix_user_name");
    }
  }

  @Test
  void aNonTransactionalRevisionRunsOutsideBeginCommitAndOnlyItsVersionUpdateIsWrapped() {
    List<LoadedMigration> all = new ArrayList<>(MIGRATIONS.all());
    all.add(new LoadedMigration(new RevisionInfo("dddd00000004", List.of("cccc00000003"), "Index concurrently", "",
        Concurrently.class.getName()), new Concurrently(), TestMigrations.standInChecksum("concurrently")));
    String script = SqlScript.upgrade(new MigrationSet(all), "cccc:head", MigrationLog.silent());
    String expected = "-- Running upgrade cccc00000003 -> dddd00000004, Index concurrently\n\n"
        + "-- Not transactional: each statement commits on its own.\n\n"
        + "CREATE INDEX CONCURRENTLY ix_user_name ON \"user\" (name);\n\n"
        + "BEGIN;\n\n"
        + "DELETE FROM tracetrack_version;\n";
    assertTrue(script.contains(expected), script);
    assertEquals(1, count(script, "\nBEGIN;\n"));
  }

  @Test
  void badRangesAreClearErrors() {
    RevisionException unknown = assertThrows(RevisionException.class, () -> SqlScript.upgrade(MIGRATIONS, "zzzz:head", MigrationLog.silent()));
    assertTrue(unknown.getMessage().contains("Unknown revision zzzz"), unknown.getMessage());
    WrongDirectionException backwards = assertThrows(WrongDirectionException.class,
        () -> SqlScript.upgrade(MIGRATIONS, "head:base", MigrationLog.silent()));
    assertEquals(WrongDirectionException.Direction.DOWNGRADE, backwards.needed());
  }

  @Test
  void writesToAFileItCreatesFoldersFor(@TempDir Path dir) throws Exception {
    Path file = SqlScript.write("SELECT 1;\n", dir.resolve("a/b/upgrade.sql").toString());
    assertEquals("SELECT 1;\n", Files.readString(file));
  }

  private static int count(String text, String part) {
    int count = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
      count++;
    }
    return count;
  }
}
