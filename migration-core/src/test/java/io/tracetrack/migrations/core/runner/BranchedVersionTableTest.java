package io.tracetrack.migrations.core.runner;

import static io.tracetrack.migrations.ColumnDef.column;
import static io.tracetrack.migrations.core.testsupport.TestMigrations.migration;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tracetrack.migrations.core.Migrator;
import io.tracetrack.migrations.core.db.DatabaseSettings;
import io.tracetrack.migrations.core.loader.LoadedMigration;
import io.tracetrack.migrations.core.loader.MigrationSet;
import io.tracetrack.migrations.core.testsupport.Db;
import io.tracetrack.migrations.core.testsupport.PostgresServer;
import io.tracetrack.migrations.core.testsupport.RecordingLog;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The version table through a branch and a merge on a real database: after each run it holds
 * exactly the heads Alembic would keep, and the history a row per step.
 */
class BranchedVersionTableTest {
  private static final String BASE = "aaaaaaaaaaaa";
  private static final String LEFT = "bbbbbbbbbbbb";
  private static final String RIGHT = "cccccccccccc";
  private static final String MERGE = "dddddddddddd";
  private static final Duration LOCK_TIMEOUT = Duration.ofSeconds(10);

  private static LoadedMigration table(String id, List<String> parents, String table) {
    return migration(id, parents, "Create " + table, op -> op.createTable(table, column("id", "bigint").primaryKey()),
        op -> op.dropTable(table));
  }

  @Test
  void versionRowsFollowTheHeadsThroughABranchAndAMerge() {
    DatabaseSettings database = PostgresServer.newDatabase("branched_versions");
    Migrator migrator = new Migrator(new MigrationSet(List.of(table(BASE, List.of(), "base_t"),
        table(LEFT, List.of(BASE), "left_t"), table(RIGHT, List.of(BASE), "right_t"),
        migration(MERGE, List.of(LEFT, RIGHT), "Merge", op -> { }, op -> { }))), new RecordingLog());

    migrator.upgrade(database, LEFT, LOCK_TIMEOUT);
    assertEquals(List.of(LEFT), Db.versions(database));
    migrator.upgrade(database, RIGHT, LOCK_TIMEOUT);
    assertEquals(List.of(LEFT, RIGHT), Db.versions(database), "two branches applied: two heads");
    migrator.upgrade(database, "head", LOCK_TIMEOUT);
    assertEquals(List.of(MERGE), Db.versions(database), "the merge replaces both");
    migrator.downgrade(database, "-1", LOCK_TIMEOUT);
    assertEquals(List.of(LEFT, RIGHT), Db.versions(database), "undoing the merge gives both back");
    migrator.downgrade(database, LEFT, LOCK_TIMEOUT);
    assertEquals(List.of(LEFT), Db.versions(database));
    migrator.downgrade(database, "base", LOCK_TIMEOUT);
    assertEquals(List.of(), Db.versions(database));

    assertEquals(List.of(
            BASE + " upgrade", LEFT + " upgrade", RIGHT + " upgrade", MERGE + " upgrade",
            MERGE + " downgrade", RIGHT + " downgrade", LEFT + " downgrade", BASE + " downgrade"),
        Db.strings(database, "SELECT revision || ' ' || direction FROM tracetrack_history"
            + " WHERE duration_ms IS NOT NULL AND applied_from IS NOT NULL ORDER BY id"));
  }
}
