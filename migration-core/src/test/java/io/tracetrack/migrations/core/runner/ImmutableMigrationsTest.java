package io.tracetrack.migrations.core.runner;

import static io.tracetrack.migrations.ColumnDef.column;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tracetrack.migrations.core.MigrationLog;
import io.tracetrack.migrations.core.db.DatabaseSettings;
import io.tracetrack.migrations.core.loader.LoadedMigration;
import io.tracetrack.migrations.core.loader.MigrationChecksum;
import io.tracetrack.migrations.core.loader.MigrationSet;
import io.tracetrack.migrations.core.testsupport.Db;
import io.tracetrack.migrations.core.testsupport.PostgresServer;
import io.tracetrack.migrations.core.testsupport.TestMigrations;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Applied migrations are immutable: a changed one stops every run until repaired. */
class ImmutableMigrationsTest {
  private static final MigrationLog QUIET = new MigrationLog() {
    @Override
    public void info(String message) {}

    @Override
    public void warn(String message) {}
  };

  private static LoadedMigration first(String type) {
    return TestMigrations.migration("aaaa00000001", List.of(), "Create account",
        op -> op.createTable("account", column("id", "bigint").primaryKey(), column("name", type)),
        op -> op.dropTable("account"));
  }

  private static LoadedMigration second() {
    return TestMigrations.migration("bbbb00000002", List.of("aaaa00000001"), "Add email",
        op -> op.addColumn("account", column("email", "text")),
        op -> op.dropColumn("account", "email"));
  }

  private static MigrationRunner runner(DatabaseSettings db) {
    return new MigrationRunner(db, Duration.ofSeconds(5), QUIET);
  }

  @Test
  void historyRecordsChecksumWhoWhenAndHowLong() {
    DatabaseSettings db = PostgresServer.newDatabase("history");
    MigrationSet set = new MigrationSet(List.of(first("text"), second()));
    runner(db).upgrade(set, "head");

    List<Map<String, Object>> rows = Db.rows(db, "SELECT revision, direction, checksum, applied_by, applied_from,"
        + " applied_at, duration_ms FROM tracetrack_history ORDER BY id");
    assertEquals(2, rows.size());
    for (Map<String, Object> row : rows) {
      assertEquals("upgrade", row.get("direction"));
      assertTrue(((String) row.get("checksum")).startsWith(MigrationChecksum.PREFIX), row.toString());
      assertEquals("postgres", row.get("applied_by"));
      assertTrue(((String) row.get("applied_from")).startsWith(System.getProperty("user.name") + "@"), row.toString());
      assertNotNull(row.get("applied_at"));
      assertNotNull(row.get("duration_ms"));
    }
    assertEquals(first("text").checksum(), rows.get(0).get("checksum"));
  }

  @Test
  void aChangedAppliedMigrationStopsUpgradeDowngradeUntilRepaired() {
    DatabaseSettings db = PostgresServer.newDatabase("changed");
    runner(db).upgrade(new MigrationSet(List.of(first("text"))), "head");

    // Someone edits the applied migration and adds a new one.
    MigrationSet edited = new MigrationSet(List.of(first("varchar(80)"), second()));
    ChangedMigrationException upgrade = assertThrows(ChangedMigrationException.class,
        () -> runner(db).upgrade(edited, "head"));
    assertTrue(upgrade.getMessage().contains("aaaa00000001, Create account (test.M_aaaa00000001)"), upgrade.getMessage());
    assertTrue(upgrade.getMessage().endsWith(ChangedMigrationException.ADVICE), upgrade.getMessage());
    assertEquals(1, upgrade.changed().size());
    assertFalse(Db.strings(db, "SELECT column_name FROM information_schema.columns WHERE table_name = 'account'")
        .contains("email"), "nothing ran");
    assertThrows(ChangedMigrationException.class, () -> runner(db).downgrade(edited, "base"));
    assertTrue(Db.tableExists(db, "account"), "nothing ran");
    assertEquals(List.of("aaaa00000001"), Db.versions(db));

    // The deliberate change is accepted, with an audit row.
    List<ChangedMigration> repaired = runner(db).repair(edited);
    assertEquals(List.of("aaaa00000001"), repaired.stream().map(c -> c.revision().id()).toList());
    assertEquals(List.of("repair"), Db.strings(db, "SELECT direction FROM tracetrack_history WHERE direction = 'repair'"));
    assertEquals(List.of(), runner(db).repair(edited), "a second repair has nothing to do");

    runner(db).upgrade(edited, "head");
    assertEquals(List.of("bbbb00000002"), Db.versions(db));
  }

  @Test
  void aMigrationDowngradedThenChangedIsNotAChange() {
    DatabaseSettings db = PostgresServer.newDatabase("redo");
    runner(db).upgrade(new MigrationSet(List.of(first("text"))), "head");
    runner(db).downgrade(new MigrationSet(List.of(first("text"))), "base");
    MigrationSet edited = new MigrationSet(List.of(first("varchar(80)")));
    runner(db).upgrade(edited, "head");
    runner(db).downgrade(edited, "base");
    assertFalse(Db.tableExists(db, "account"));
  }
}
