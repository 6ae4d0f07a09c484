package io.tracetrack.migrations.core.runner;

import static io.tracetrack.migrations.ColumnDef.column;
import static io.tracetrack.migrations.core.testsupport.TestMigrations.migration;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tracetrack.migrations.core.MigrationException;
import io.tracetrack.migrations.core.MigrationLog;
import io.tracetrack.migrations.core.Migrator;
import io.tracetrack.migrations.core.db.DatabaseSettings;
import io.tracetrack.migrations.core.loader.LoadedMigration;
import io.tracetrack.migrations.core.loader.MigrationSet;
import io.tracetrack.migrations.core.revision.PlannedStep;
import io.tracetrack.migrations.core.revision.RevisionInfo;
import io.tracetrack.migrations.core.testsupport.Db;
import io.tracetrack.migrations.core.testsupport.PostgresServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Upgrades and downgrades on a real PostgreSQL database, each test in a database of its own. */
class MigrationRunnerTest {
  static final String R1 = "a1a1a1a1a1a1";
  static final String R2 = "b2b2b2b2b2b2";
  static final String R3 = "c3c3c3c3c3c3";
  private static final Duration LOCK_TIMEOUT = Duration.ofSeconds(10);

  static final LoadedMigration CREATE_USER = migration(R1, List.of(), "Create user table",
      op -> op.createTable("user",
          column("id", "bigint").primaryKey(),
          column("name", "varchar(100)").notNull(),
          column("email", "varchar(255)").unique()),
      op -> op.dropTable("user"));
  static final LoadedMigration CREATE_POST = migration(R2, List.of(R1), "Add post table",
      op -> op.createTable("post",
          column("id", "bigint").primaryKey(),
          column("user_id", "bigint").notNull(),
          column("title", "text")),
      op -> op.dropTable("post"));
  static final LoadedMigration ADD_LAST_LOGIN = migration(R3, List.of(R2), "Add last_login to user",
      op -> {
        op.addColumn("user", column("last_login", "timestamp"));
        op.execute("INSERT INTO \"user\" (id, name, email) VALUES (1, 'ann', 'ann@example.com')");
      },
      op -> {
        op.execute("DELETE FROM \"user\"");
        op.dropColumn("user", "last_login");
      });

  private final List<String> logged = new ArrayList<>();
  private final MigrationLog log = new MigrationLog() {
    @Override
    public void info(String message) {
      logged.add(message);
    }

    @Override
    public void warn(String message) {
      logged.add("WARN " + message);
    }
  };
  private DatabaseSettings database;
  private Migrator migrator;

  @BeforeEach
  void freshDatabase() {
    database = PostgresServer.newDatabase("runner");
    migrator = new Migrator(new MigrationSet(List.of(CREATE_USER, CREATE_POST, ADD_LAST_LOGIN)), log);
  }

  private static List<String> ids(List<PlannedStep> steps) {
    return steps.stream().map(s -> s.revision().id()).toList();
  }

  @Test
  void newDatabaseIsAtNoRevision() {
    assertEquals(List.of(), migrator.current(database));
    assertFalse(Db.tableExists(database, "tracetrack_version"));
  }

  @Test
  void upgradeToHeadCreatesTheTables() {
    List<PlannedStep> steps = migrator.upgrade(database, "head", LOCK_TIMEOUT);
    assertEquals(List.of(R1, R2, R3), ids(steps));

    assertTrue(Db.tableExists(database, "user"));
    assertTrue(Db.tableExists(database, "post"));
    assertEquals(List.of(
            Map.of("column_name", "id", "data_type", "bigint", "is_nullable", "NO"),
            Map.of("column_name", "name", "data_type", "character varying", "is_nullable", "NO"),
            Map.of("column_name", "email", "data_type", "character varying", "is_nullable", "YES"),
            Map.of("column_name", "last_login", "data_type", "timestamp without time zone", "is_nullable", "YES")),
        Db.rows(database, "SELECT column_name::text, data_type::text, is_nullable::text FROM information_schema.columns"
            + " WHERE table_schema = 'public' AND table_name = 'user' ORDER BY ordinal_position"));
    assertEquals(List.of("100"), Db.strings(database, "SELECT character_maximum_length FROM information_schema.columns"
        + " WHERE table_name = 'user' AND column_name = 'name'"));
    assertEquals(List.of("user_email_key:u", "user_pkey:p"), Db.strings(database,
        "SELECT conname::text || ':' || contype::text FROM pg_constraint WHERE conrelid = '\"user\"'::regclass ORDER BY conname"));
  }

  @Test
  void tableNamedUserIsUsableDespiteTheReservedWord() {
    migrator.upgrade(database, "head", LOCK_TIMEOUT);
    assertEquals(List.of("ann@example.com"), Db.strings(database, "SELECT email FROM \"user\" WHERE name = 'ann'"));
    assertEquals(List.of("user"), Db.strings(database,
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name = 'user'"));
  }

  @Test
  void versionTableHoldsTheHeadAndHistoryHasARowPerStep() {
    migrator.upgrade(database, "head", LOCK_TIMEOUT);
    assertEquals(List.of(R3), Db.versions(database));
    assertEquals(List.of(R3), migrator.current(database).stream().map(RevisionInfo::id).toList());

    List<Map<String, Object>> history = Db.rows(database,
        "SELECT revision, direction, message, checksum, duration_ms, applied_at FROM tracetrack_history ORDER BY id");
    assertEquals(3, history.size(), history.toString());
    assertEquals(List.of(R1, R2, R3), history.stream().map(r -> r.get("revision")).toList());
    assertEquals(List.of("upgrade", "upgrade", "upgrade"), history.stream().map(r -> r.get("direction")).toList());
    assertEquals(List.of("Create user table", "Add post table", "Add last_login to user"),
        history.stream().map(r -> r.get("message")).toList());
    List<LoadedMigration> all = List.of(CREATE_USER, CREATE_POST, ADD_LAST_LOGIN);
    for (int i = 0; i < 3; i++) {
      Map<String, Object> row = history.get(i);
      assertEquals(all.get(i).checksum(), row.get("checksum"));
      assertNotNull(row.get("duration_ms"), row.toString());
      assertTrue(((Number) row.get("duration_ms")).longValue() >= 0, row.toString());
      assertNotNull(row.get("applied_at"), row.toString());
    }
    assertTrue(logged.stream().anyMatch(m -> m.startsWith("Running upgrade  -> " + R1 + ", Create user table")), logged.toString());
  }

  @Test
  void upgradeByOneStepAtATime() {
    assertEquals(List.of(R1), ids(migrator.upgrade(database, "+1", LOCK_TIMEOUT)));
    assertEquals(List.of(R1), Db.versions(database));
    assertTrue(Db.tableExists(database, "user"));
    assertFalse(Db.tableExists(database, "post"));

    assertEquals(List.of(R2), ids(migrator.upgrade(database, "+1", LOCK_TIMEOUT)));
    assertEquals(List.of(R2), Db.versions(database));
    assertTrue(Db.tableExists(database, "post"));
  }

  @Test
  void upgradeToARevisionByPrefix() {
    assertEquals(List.of(R1, R2), ids(migrator.upgrade(database, "b2b2", LOCK_TIMEOUT)));
    assertEquals(List.of(R2), Db.versions(database));
  }

  @Test
  void upgradeAtHeadDoesNothing() {
    migrator.upgrade(database, "head", LOCK_TIMEOUT);
    assertEquals(List.of(), migrator.upgrade(database, "head", LOCK_TIMEOUT));
    assertEquals(List.of(R3), Db.versions(database));
    assertEquals(List.of("3"), Db.strings(database, "SELECT count(*) FROM tracetrack_history"));
  }

  @Test
  void downgradeOneStepThenToBase() {
    migrator.upgrade(database, "head", LOCK_TIMEOUT);

    assertEquals(List.of(R3), ids(migrator.downgrade(database, "-1", LOCK_TIMEOUT)));
    assertEquals(List.of(R2), Db.versions(database));
    assertEquals(List.of(), Db.strings(database, "SELECT column_name FROM information_schema.columns"
        + " WHERE table_name = 'user' AND column_name = 'last_login'"));
    assertEquals(List.of("0"), Db.strings(database, "SELECT count(*) FROM \"user\""));

    assertEquals(List.of(R2, R1), ids(migrator.downgrade(database, "base", LOCK_TIMEOUT)));
    assertEquals(List.of(), Db.versions(database));
    assertFalse(Db.tableExists(database, "user"));
    assertFalse(Db.tableExists(database, "post"));
    assertEquals(List.of(), migrator.current(database));

    assertEquals(List.of(R1 + " upgrade", R2 + " upgrade", R3 + " upgrade", R3 + " downgrade", R2 + " downgrade",
            R1 + " downgrade"),
        Db.strings(database, "SELECT revision || ' ' || direction FROM tracetrack_history ORDER BY id"));
  }

  @Test
  void downgradeToARevisionKeepsIt() {
    migrator.upgrade(database, "head", LOCK_TIMEOUT);
    assertEquals(List.of(R3, R2), ids(migrator.downgrade(database, R1, LOCK_TIMEOUT)));
    assertEquals(List.of(R1), Db.versions(database));
    assertTrue(Db.tableExists(database, "user"));
  }

  @Test
  void downgradeBeyondWhatIsAppliedIsRefusedBeforeAnythingRuns() {
    migrator.upgrade(database, "+1", LOCK_TIMEOUT);
    assertThrows(MigrationException.class, () -> migrator.downgrade(database, "-2", LOCK_TIMEOUT));
    assertEquals(List.of(R1), Db.versions(database));
    assertTrue(Db.tableExists(database, "user"));
  }

  @Test
  void databaseAtARevisionNoClassDeclaresIsAnError() {
    migrator.upgrade(database, "+1", LOCK_TIMEOUT);
    Db.execute(database, "UPDATE tracetrack_version SET version_num = 'deadbeef0000'");
    MigrationException e = assertThrows(MigrationException.class, () -> migrator.upgrade(database, "head", LOCK_TIMEOUT));
    assertTrue(e.getMessage().contains("deadbeef0000"), e.getMessage());
    assertTrue(e.getMessage().contains("which no migration class declares"), e.getMessage());
    assertEquals("(no migration class declares this revision)", migrator.current(database).get(0).message());
  }

  @Test
  void stampIsAStepWithNoBodyRecordedInTheSameHistory() {
    migrator.upgrade(database, "+1", LOCK_TIMEOUT);
    assertEquals(java.util.Set.of(R3), migrator.stamp(database, "head", LOCK_TIMEOUT));
    assertEquals(List.of(R3), Db.versions(database));
    assertFalse(Db.tableExists(database, "post"), "a stamp runs no migration");
    assertTrue(logged.contains("Stamping " + R1 + " -> " + R3 + " (no migration was run)"), logged.toString());
    migrator.stamp(database, "base", LOCK_TIMEOUT);
    assertEquals(List.of(), Db.versions(database));
    assertEquals(List.of(R1 + ":upgrade:true", R3 + ":stamp:false", "base:stamp:false"),
        Db.strings(database, "SELECT revision || ':' || direction || ':' || (checksum IS NOT NULL)::text"
            + " FROM tracetrack_history ORDER BY id"));
  }

  @Test
  void stampMendsAVersionNoClassDeclares() {
    migrator.upgrade(database, "+1", LOCK_TIMEOUT);
    Db.execute(database, "UPDATE tracetrack_version SET version_num = 'deadbeef0000'");
    migrator.stamp(database, R2.substring(0, 4), LOCK_TIMEOUT);
    assertEquals(List.of(R2), Db.versions(database));
    assertEquals(List.of(R3), ids(migrator.upgrade(database, "head", LOCK_TIMEOUT)));
  }
}
