package io.tracetrack.migrations.core.check;

import static io.tracetrack.migrations.ColumnDef.column;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tracetrack.migrations.core.MigrationLog;
import io.tracetrack.migrations.core.Migrator;
import io.tracetrack.migrations.core.check.Difference.Kind;
import io.tracetrack.migrations.core.db.DatabaseSettings;
import io.tracetrack.migrations.core.loader.LoadedMigration;
import io.tracetrack.migrations.core.loader.MigrationSet;
import io.tracetrack.migrations.core.schema.Column;
import io.tracetrack.migrations.core.schema.Schema;
import io.tracetrack.migrations.core.schema.Snapshot;
import io.tracetrack.migrations.core.schema.Table;
import io.tracetrack.migrations.core.schema.UniqueConstraint;
import io.tracetrack.migrations.core.testsupport.Db;
import io.tracetrack.migrations.core.testsupport.PostgresServer;
import io.tracetrack.migrations.core.testsupport.TestMigrations;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** check: the entities against the migrations, and a live database against both. */
class CheckTest {
  private static final MigrationLog QUIET = new MigrationLog() {
    @Override
    public void info(String message) {}

    @Override
    public void warn(String message) {}
  };

  private static final LoadedMigration USERS = TestMigrations.migration("a00000000001", List.of(), "Create user",
      op -> op.createTable("user", column("id", "bigint").primaryKey(),
          column("username", "varchar(80)").notNull().unique(),
          column("status", "varchar(20)").notNull().serverDefault("'active'"),
          column("created", "timestamptz").serverDefault("now()")),
      op -> op.dropTable("user"));

  private static final LoadedMigration LOGIN = TestMigrations.migration("b00000000002", List.of("a00000000001"),
      "Add last_login", op -> op.addColumn("user", column("last_login", "timestamp")),
      op -> op.dropColumn("user", "last_login"));

  private static Snapshot snapshot(Schema schema) {
    return new Snapshot(schema, Map.of("user", "com.example.model.User", "audit_log", "com.example.model.AuditLog"));
  }

  private static Migrator migrator(LoadedMigration... migrations) {
    return new Migrator(new MigrationSet(List.of(migrations)), QUIET);
  }

  @Test
  void offlineCheckPassesWhenTheMigrationsBuildTheEntitiesSchema() {
    Migrator migrator = migrator(USERS, LOGIN);
    CheckReport report = migrator.check(snapshot(migrator.migrations().schemaAt(null)));
    assertTrue(report.ok(), report.render());
  }

  @Test
  void offlineCheckSaysTheDatabaseWasNotChecked() {
    Migrator migrator = migrator(USERS, LOGIN);
    String ok = migrator.check(snapshot(migrator.migrations().schemaAt(null))).render();
    assertTrue(ok.contains("the database was not checked"), ok);
    assertTrue(!ok.contains("the database agree"), ok);
  }

  @Test
  void offlineCheckFailsOnUnmergedHeadsEvenWhenTheEntitiesMatchAllBranches() {
    LoadedMigration email = TestMigrations.migration("c00000000003", List.of("a00000000001"), "Add email",
        op -> op.addColumn("user", column("email", "text")), op -> op.dropColumn("user", "email"));
    Migrator migrator = migrator(USERS, LOGIN, email);
    CheckReport report = migrator.check(snapshot(migrator.migrations().schemaAt(null)));
    assertEquals(List.of("b00000000002 (Add last_login)", "c00000000003 (Add email)"),
        report.differences(Kind.HEADS).stream().map(Difference::text).toList(), report.render());
    assertEquals(List.of(), report.differences(Kind.MODEL), report.render());
    assertTrue(report.render().contains("several heads"), report.render());
  }

  @Test
  void offlineCheckListsEachDifferenceAndTheFixingCommand() {
    Migrator migrator = migrator(USERS);
    Schema atHead = migrator.migrations().schemaAt(null);
    Table user = atHead.table("user").orElseThrow();
    Schema entities = atHead
        .withTable(user.withColumn(new Column("last_login", "timestamp", true, null))
            .withColumn(new Column("username", "varchar(120)", false, null)))
        .withTable(new Table("audit_log", List.of(new Column("id", "bigint", false, null)), List.of("id"), List.of()));

    CheckReport report = migrator.check(snapshot(entities));

    assertEquals(List.of(
        "column \"user\".\"last_login\" (timestamp) is in the entities but not in the migrations",
        "column \"user\".\"username\" is varchar(120) in the entities but varchar(80) in the migrations",
        "table \"audit_log\" (com.example.model.AuditLog) is in the entities but not in the migrations"),
        report.differences(Kind.MODEL).stream().map(Difference::text).sorted().toList(), report.render());
    assertTrue(report.render().contains("Fix: " + CheckReport.fix(Kind.MODEL)), report.render());
    assertTrue(report.render().startsWith("check found 3 differences:"), report.render());
    String worded = report.render("app check", kind -> "do " + kind);
    assertTrue(worded.startsWith("app check found 3 differences:"), worded);
    assertTrue(worded.contains("Fix: do MODEL"), worded);
  }

  @Test
  void databaseCheckPassesOnAnUpToDateDatabaseWithServerDefaults() {
    DatabaseSettings db = PostgresServer.newDatabase("check_clean");
    Migrator migrator = migrator(USERS, LOGIN);
    migrator.upgrade(db, "head", Duration.ofSeconds(5));
    CheckReport report = migrator.check(snapshot(migrator.migrations().schemaAt(null)), db);
    assertTrue(report.ok(), report.render());
  }

  @Test
  void databaseCheckReportsPendingMigrations() {
    DatabaseSettings db = PostgresServer.newDatabase("check_pending");
    migrator(USERS).upgrade(db, "head", Duration.ofSeconds(5));
    Migrator migrator = migrator(USERS, LOGIN);
    CheckReport report = migrator.check(snapshot(migrator.migrations().schemaAt(null)), db);
    assertEquals(List.of("revision b00000000002, Add last_login (test.M_b00000000002) is not applied"),
        report.differences(Kind.PENDING).stream().map(Difference::text).toList(), report.render());
    assertEquals(1, report.differences().size(), report.render());
    assertTrue(report.render().contains("Fix: upgrade"), report.render());
  }

  @Test
  void databaseCheckReportsDriftEachDifferenceOnItsOwnLine() {
    DatabaseSettings db = PostgresServer.newDatabase("check_drift");
    Migrator migrator = migrator(USERS, LOGIN);
    migrator.upgrade(db, "head", Duration.ofSeconds(5));
    Db.execute(db, "ALTER TABLE \"user\" ADD COLUMN nickname text");
    Db.execute(db, "ALTER TABLE \"user\" ALTER COLUMN username TYPE varchar(100)");
    Db.execute(db, "ALTER TABLE \"user\" ALTER COLUMN status DROP DEFAULT");
    Db.execute(db, "ALTER TABLE \"user\" DROP COLUMN last_login");
    Db.execute(db, "CREATE TABLE scratch_notes (id int)");

    CheckReport report = migrator.check(snapshot(migrator.migrations().schemaAt(null)), db);

    String at = "the migrations at revision b00000000002";
    assertEquals(List.of(
        "column \"user\".\"last_login\" is in " + at + " but not in the database",
        "column \"user\".\"nickname\" (text) is in the database but not in " + at,
        "column \"user\".\"status\" has no server default in the database but server default"
            + " 'active'::character varying in " + at,
        "column \"user\".\"username\" is varchar(100) in the database but varchar(80) in " + at,
        "table \"scratch_notes\" is in the database but not in " + at),
        report.differences(Kind.DRIFT).stream().map(Difference::text).sorted().toList(), report.render());
    assertEquals(5, report.differences().size(), report.render());
  }

  @Test
  void databaseCheckReportsChangedAppliedMigrations() {
    DatabaseSettings db = PostgresServer.newDatabase("check_changed");
    migrator(USERS, LOGIN).upgrade(db, "head", Duration.ofSeconds(5));
    LoadedMigration edited = TestMigrations.migration("b00000000002", List.of("a00000000001"), "Add last_login",
        op -> op.addColumn("user", column("last_login", "timestamptz")), op -> op.dropColumn("user", "last_login"));
    Migrator migrator = migrator(USERS, edited);
    CheckReport report = migrator.check(snapshot(migrator(USERS, LOGIN).migrations().schemaAt(null)), db);
    List<Difference> changed = report.differences(Kind.CHANGED);
    assertEquals(1, changed.size(), report.render());
    assertTrue(changed.get(0).text().startsWith("b00000000002, Add last_login (test.M_b00000000002): applied by postgres"),
        report.render());
    // The entities match the applied schema, not the edited migration: that shows up as a model difference too.
    assertEquals(1, report.differences(Kind.MODEL).size(), report.render());
  }

  @Test
  void databaseAtAnUnknownRevisionIsReportedAndDriftSkipped() {
    DatabaseSettings db = PostgresServer.newDatabase("check_unknown");
    migrator(USERS, LOGIN).upgrade(db, "head", Duration.ofSeconds(5));
    Migrator migrator = migrator(USERS);
    CheckReport report = migrator.check(snapshot(migrator.migrations().schemaAt(null)), db);
    assertEquals(List.of("the database is at revision b00000000002, which no migration class declares"),
        report.differences(Kind.UNKNOWN_REVISION).stream().map(Difference::text).toList(), report.render());
    assertTrue(report.notes().contains("Drift not checked: the database's revision is unknown"), report.notes().toString());
  }

  @Test
  void oddIdentifiersWorkEndToEndAndShowNoDrift() {
    DatabaseSettings db = PostgresServer.newDatabase("check_identifiers");
    LoadedMigration odd = TestMigrations.migration("c00000000001", List.of(), "Odd names",
        op -> {
          op.createTable("order", column("select", "integer").primaryKey(), column("group by", "text"),
              column("Straße \"quoted\"", "varchar(10)").serverDefault("'it''s'"), column("日本語", "text").unique());
          op.createTable("Mixed Case", column("id", "bigint").primaryKey(), column("user", "text").notNull());
        },
        op -> {
          op.dropTable("Mixed Case");
          op.dropTable("order");
        });
    Migrator migrator = migrator(odd);
    migrator.upgrade(db, "head", Duration.ofSeconds(5));
    CheckReport report = migrator.check(snapshot(migrator.migrations().schemaAt(null)), db);
    assertTrue(report.ok(), report.render());
    assertEquals(List.of("Mixed Case", "order"), Db.strings(db,
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name NOT LIKE"
            + " 'tracetrack%' ORDER BY table_name"));
  }

  @Test
  void theCheckLeavesNoScratchSchemaBehind() {
    DatabaseSettings db = PostgresServer.newDatabase("check_no_trace");
    Migrator migrator = migrator(USERS);
    migrator.upgrade(db, "head", Duration.ofSeconds(5));
    migrator.check(snapshot(migrator.migrations().schemaAt(null)), db);
    assertEquals(List.of(), Db.strings(db, "SELECT nspname FROM pg_namespace WHERE nspname LIKE 'tracetrack%'"));
  }

  @Test
  void uniqueConstraintDriftIsFound() {
    DatabaseSettings db = PostgresServer.newDatabase("check_unique");
    Migrator migrator = migrator(USERS);
    migrator.upgrade(db, "head", Duration.ofSeconds(5));
    Db.execute(db, "ALTER TABLE \"user\" DROP CONSTRAINT user_username_key");
    CheckReport report = migrator.check(snapshot(migrator.migrations().schemaAt(null)), db);
    assertEquals(List.of("constraint \"user_username_key\" on \"user\" is in the migrations at revision a00000000001"
        + " but not in the database"), report.differences(Kind.DRIFT).stream().map(Difference::text).toList());
    assertTrue(new UniqueConstraint("user_username_key", List.of("username")).columns().contains("username"));
  }
}
