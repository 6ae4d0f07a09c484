package io.tracetrack.migrations.core.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tracetrack.migrations.core.MigrationLog;
import io.tracetrack.migrations.core.Migrator;
import io.tracetrack.migrations.core.check.DatabaseCheck;
import io.tracetrack.migrations.core.db.DatabaseSettings;
import io.tracetrack.migrations.core.loader.MigrationChecksum;
import io.tracetrack.migrations.core.loader.MigrationScanner;
import io.tracetrack.migrations.core.loader.MigrationSet;
import io.tracetrack.migrations.core.testsupport.Db;
import io.tracetrack.migrations.core.testsupport.JavaSourceCompiler;
import io.tracetrack.migrations.core.testsupport.PostgresServer;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Data migrations that compute values at run time (the guide's admin user with a random password):
 * applied once, never re-run by commands that only read, and their checksum stays put.
 */
class DataMigrationTest {
  private static final String PACKAGE = "com.example.migrations";

  private static final String INITIAL = """
      package com.example.migrations;

      import static io.tracetrack.migrations.ColumnDef.column;

      import io.tracetrack.migrations.Migration;
      import io.tracetrack.migrations.Operations;
      import io.tracetrack.migrations.Revision;

      @Revision(id = "1a2b3c4d5e6f", message = "Initial schema")
      public final class M1_Initial implements Migration {
        public static int upgradeCalls;

        @Override
        public void upgrade(Operations op) {
          upgradeCalls++;
          op.createTable("account", column("id", "bigint").primaryKey(), column("username", "text").notNull(),
              column("password_hash", "text"), column("created_by", "text"));
          op.createTable("step_run", column("name", "text").notNull());
        }

        @Override
        public void downgrade(Operations op) {
          op.dropTable("step_run");
          op.dropTable("account");
        }
      }
      """;

  /** The guide's pattern: a password from ADMIN_PASSWORD or a random one, shown once when applied. */
  private static final String ADMIN = """
      package com.example.migrations;

      import io.tracetrack.migrations.Migration;
      import io.tracetrack.migrations.Operations;
      import io.tracetrack.migrations.Revision;
      import java.sql.PreparedStatement;
      import java.util.UUID;

      @Revision(id = "ae1027a6acf1", revises = "1a2b3c4d5e6f", message = "Create admin user")
      public final class M2_CreateAdminUser implements Migration {
        @Override
        public void upgrade(Operations op) {
          // Computed whenever upgrade() is called (also when replayed): must not affect the checksum.
          op.execute("UPDATE account SET created_by = '" + UUID.randomUUID() + "' WHERE false");
          op.run("Create the admin user", connection -> {
            String password = System.getenv().getOrDefault("ADMIN_PASSWORD_FOR_TEST", UUID.randomUUID().toString());
            try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO account (id, username, password_hash) VALUES (1, 'admin', md5(?))")) {
              insert.setString(1, password);
              insert.executeUpdate();
            }
            try (PreparedStatement run = connection.prepareStatement("INSERT INTO step_run VALUES ('admin')")) {
              run.executeUpdate();
            }
          });
        }

        @Override
        public void downgrade(Operations op) {
          op.execute("DELETE FROM account WHERE username = 'admin'");
        }
      }
      """;

  private static final String FAILING = """
      package com.example.migrations;

      import static io.tracetrack.migrations.ColumnDef.column;

      import io.tracetrack.migrations.Migration;
      import io.tracetrack.migrations.Operations;
      import io.tracetrack.migrations.Revision;

      @Revision(id = "bb0000000003", revises = "ae1027a6acf1", message = "Backfill emails")
      public final class M3_BackfillEmails implements Migration {
        @Override
        public void upgrade(Operations op) {
          op.addColumn("account", column("email", "text"));
          op.run("Backfill emails", connection -> {
            throw new IllegalStateException("mail server unreachable");
          });
        }

        @Override
        public void downgrade(Operations op) {
          op.dropColumn("account", "email");
        }
      }
      """;

  @TempDir
  Path dir;
  private int builds;
  private final List<String> warnings = new ArrayList<>();
  private final MigrationLog log = new MigrationLog() {
    @Override
    public void info(String message) {}

    @Override
    public void warn(String message) {
      warnings.add(message);
    }
  };

  /** Writes the sources to a fresh project, compiles them and scans them as the goals do. */
  private MigrationSet build(String... sources) throws Exception {
    Path project = dir.resolve("build" + builds++);
    Path sourceRoot = project.resolve("src/main/java");
    List<Path> files = new ArrayList<>();
    for (String source : sources) {
      String name = source.replaceAll("(?s).*public final class (\\w+).*", "$1");
      files.add(JavaSourceCompiler.write(sourceRoot, PACKAGE, name, source));
    }
    Path classes = project.resolve("target/classes");
    JavaSourceCompiler.compile(files, classes);
    URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader());
    return new MigrationScanner(loader, List.of(sourceRoot), log).scan(classes, PACKAGE);
  }

  private MigrationRunner runner(DatabaseSettings db) {
    return new MigrationRunner(db, Duration.ofSeconds(5), log);
  }

  @Test
  void aRandomPasswordMigrationAppliesOnceAndKeepsItsChecksum() throws Exception {
    DatabaseSettings db = PostgresServer.newDatabase("admin_user");
    runner(db).upgrade(build(INITIAL, ADMIN), "head");
    assertEquals(List.of("admin"), Db.strings(db, "SELECT username FROM account"));
    assertEquals(1, Db.strings(db, "SELECT name FROM step_run").size());

    // A later run builds and loads everything again: new random values, same migration as written.
    MigrationSet again = build(INITIAL, ADMIN);
    Migrator migrator = new Migrator(again, log);
    migrator.history();
    migrator.show("ae10");
    again.schemaAt(null);
    String script = migrator.upgradeScript(null);
    List<String> notes = new ArrayList<>();
    assertEquals(List.of(), new DatabaseCheck(db).check(again, notes), "check finds nothing changed");
    assertEquals(List.of(), runner(db).upgrade(again, "head"), "nothing to do, and no checksum error");
    assertEquals(1, Db.strings(db, "SELECT name FROM step_run").size(), "read-only commands ran no data step");
    assertEquals(1, again.get("1a2b3c4d5e6f").migration().getClass().getField("upgradeCalls").getInt(null),
        "upgrade() is recorded once however many commands look at it");

    assertTrue(script.startsWith("-- WARNING: this script leaves out Java data steps"), script);
    assertTrue(script.contains("-- Java data step \"Create the admin user\" is not in this SQL"), script);
    assertTrue(warnings.stream().anyMatch(w -> w.contains("Java data step \"Create the admin user\" of revision ae1027a6acf1")),
        warnings.toString());
    assertTrue(String.join("\n", migrator.show("ae10")).contains("Java data step \"Create the admin user\""));

    List<String> checksums = Db.strings(db, "SELECT checksum FROM tracetrack_history ORDER BY id");
    assertEquals(2, checksums.size());
    checksums.forEach(c -> assertTrue(MigrationChecksum.isCurrentForm(c), c));
    assertEquals(again.get("ae1027a6acf1").checksum(), checksums.get(1));
  }

  @Test
  void editingAnAppliedDataMigrationIsDetectedAndReformattingIsNot() throws Exception {
    DatabaseSettings db = PostgresServer.newDatabase("admin_edit");
    runner(db).upgrade(build(INITIAL, ADMIN), "head");

    String reformatted = ADMIN.replace("  ", "\t").replace("\n", "\r\n")
        .replace("@Override", "@Override // from Migration");
    assertEquals(List.of(), AppliedChecksumsAccess.changed(db, build(INITIAL, reformatted)));

    String edited = ADMIN.replace("'admin'", "'root'");
    List<String> changed = AppliedChecksumsAccess.changed(db, build(INITIAL, edited));
    assertEquals(List.of("ae1027a6acf1"), changed);
    assertThrows(ChangedMigrationException.class, () -> runner(db).upgrade(build(INITIAL, edited), "head"));
  }

  @Test
  void aFailingDataStepRollsBackItsWholeMigration() throws Exception {
    DatabaseSettings db = PostgresServer.newDatabase("data_fail");
    MigrationSet set = build(INITIAL, ADMIN, FAILING);
    MigrationFailedException failure = assertThrows(MigrationFailedException.class, () -> runner(db).upgrade(set, "head"));
    assertTrue(failure.getMessage().contains("bb0000000003, Backfill emails"), failure.getMessage());
    assertTrue(failure.getMessage().contains("Statement: Java data step \"Backfill emails\""), failure.getMessage());
    assertTrue(failure.getMessage().contains("mail server unreachable"), failure.getMessage());
    assertEquals(List.of("ae1027a6acf1"), Db.versions(db));
    assertTrue(Db.strings(db, "SELECT column_name FROM information_schema.columns WHERE table_name = 'account'"
        + " AND column_name = 'email'").isEmpty(), "the column added before the step was rolled back");
  }

  @Test
  void checksumsOfTheEarlierFormMoveToTheCurrentOneWhenTheyMatch() throws Exception {
    DatabaseSettings db = PostgresServer.newDatabase("legacy_checksums");
    MigrationSet set = build(INITIAL);
    runner(db).upgrade(set, "head");
    // As an earlier release recorded it: over the SQL the operations render.
    String earlier = Checksums.of(set.get("1a2b3c4d5e6f").upgradeOperations(), set.get("1a2b3c4d5e6f").downgradeOperations());
    Db.execute(db, "UPDATE tracetrack_history SET checksum = '" + earlier + "'");

    assertEquals(List.of(), new DatabaseCheck(db).check(set, new ArrayList<>()), "check accepts the earlier form");
    assertEquals(List.of(earlier), Db.strings(db, "SELECT checksum FROM tracetrack_history"), "check changes nothing");
    runner(db).upgrade(build(INITIAL, ADMIN), "head");
    assertEquals(set.get("1a2b3c4d5e6f").checksum(),
        Db.strings(db, "SELECT checksum FROM tracetrack_history WHERE revision = '1a2b3c4d5e6f'").get(0));

    // An earlier-form checksum that does not match is a change like any other.
    Db.execute(db, "UPDATE tracetrack_history SET checksum = '" + "0".repeat(64) + "' WHERE revision = '1a2b3c4d5e6f'");
    MigrationSet now = build(INITIAL, ADMIN);
    assertThrows(ChangedMigrationException.class, () -> runner(db).upgrade(now, "head"));
    assertEquals(List.of("1a2b3c4d5e6f"), runner(db).repair(now).stream().map(c -> c.revision().id()).toList());
    assertNotEquals("0".repeat(64), Db.strings(db, "SELECT checksum FROM tracetrack_history WHERE direction = 'repair'").get(0));
    assertEquals(List.of(), runner(db).upgrade(now, "head"));
  }

  /** Reads the changed revisions the way check does, on a connection of the test's own. */
  private static final class AppliedChecksumsAccess {
    static List<String> changed(DatabaseSettings db, MigrationSet set) throws Exception {
      try (var connection = db.connect()) {
        return AppliedChecksums.changed(connection, set, VersionTable.heads(connection)).stream()
            .map(c -> c.revision().id()).toList();
      }
    }
  }
}
