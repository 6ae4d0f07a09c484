package io.tracetrack.migrations.core.runner;

import static io.tracetrack.migrations.ColumnDef.column;
import static io.tracetrack.migrations.core.testsupport.TestMigrations.migration;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tracetrack.migrations.core.MigrationException;
import io.tracetrack.migrations.core.MigrationLog;
import io.tracetrack.migrations.core.Migrator;
import io.tracetrack.migrations.core.db.DatabaseSettings;
import io.tracetrack.migrations.core.loader.LoadedMigration;
import io.tracetrack.migrations.core.loader.MigrationSet;
import io.tracetrack.migrations.core.revision.RevisionInfo;
import io.tracetrack.migrations.core.testsupport.Db;
import io.tracetrack.migrations.core.testsupport.PostgresServer;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A production role that may use the tables but not create anything in the schema (no CREATE on
 * {@code public}, as PostgreSQL 15+ gives every role but the owner): once the version tables exist,
 * data migrations, stamps and reads run with it; what it may not do fails naming the statement.
 */
class LeastPrivilegeRoleTest {
  private static final Duration LOCK_TIMEOUT = Duration.ofSeconds(10);
  private static final AtomicInteger ROLES = new AtomicInteger();
  private static final MigrationLog QUIET = MigrationLog.silent();

  private static final LoadedMigration CREATE_ACCOUNT = migration("a1a1a1a1a1a1", List.of(), "Create account",
      op -> op.createTable("account", column("id", "bigint").primaryKey(), column("name", "text")),
      op -> op.dropTable("account"));
  private static final LoadedMigration SEED_ACCOUNT = migration("b2b2b2b2b2b2", List.of("a1a1a1a1a1a1"), "Seed account",
      op -> op.execute("INSERT INTO account (id, name) VALUES (1, 'ada')"),
      op -> op.execute("DELETE FROM account WHERE id = 1"));

  private DatabaseSettings owner;
  private DatabaseSettings app;
  private String role;
  private Migrator migrator;

  @BeforeEach
  void tablesCreatedByTheOwnerThenARoleWithoutCreate() throws Exception {
    owner = PostgresServer.newDatabase("least_privilege");
    migrator = new Migrator(new MigrationSet(List.of(CREATE_ACCOUNT, SEED_ACCOUNT)), QUIET);
    migrator.upgrade(owner, "a1a1a1a1a1a1", LOCK_TIMEOUT);
    role = "tt_app_" + ProcessHandle.current().pid() + "_" + ROLES.incrementAndGet();
    String database = owner.url().substring(owner.url().lastIndexOf('/') + 1);
    try (Connection connection = owner.connect(); Statement statement = connection.createStatement()) {
      statement.execute("CREATE ROLE " + role + " LOGIN");
      statement.execute("REVOKE CREATE ON SCHEMA public FROM PUBLIC");
      statement.execute("REVOKE CREATE ON DATABASE " + database + " FROM PUBLIC");
      statement.execute("GRANT USAGE ON SCHEMA public TO " + role);
      statement.execute("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO " + role);
      statement.execute("GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO " + role);
    }
    app = new DatabaseSettings(owner.url(), role, null);
    assertEquals(List.of("false"), Db.strings(app, "SELECT has_schema_privilege('public', 'CREATE')::text"));
  }

  @Test
  void aDataMigrationRunsWhenTheVersionTablesExist() {
    migrator.upgrade(app, "head", LOCK_TIMEOUT);
    assertEquals(List.of("b2b2b2b2b2b2"), migrator.current(app).stream().map(RevisionInfo::id).toList());
    assertEquals(List.of("ada"), Db.strings(owner, "SELECT name FROM account"));
    assertEquals(List.of(role), Db.strings(owner, "SELECT applied_by FROM tracetrack_history WHERE revision = 'b2b2b2b2b2b2'"));
  }

  @Test
  void stampAndDowngradeRunToo() {
    migrator.stamp(app, "head", LOCK_TIMEOUT);
    migrator.downgrade(app, "-1", LOCK_TIMEOUT); // deletes the row that was never inserted: a no-op, allowed
    assertEquals(List.of("a1a1a1a1a1a1"), migrator.current(app).stream().map(RevisionInfo::id).toList());
  }

  @Test
  void aHistoryTableOfAnOlderReleaseStillNeedsItsColumnAndSaysWhichStatementFailed() throws Exception {
    try (Connection connection = owner.connect(); Statement statement = connection.createStatement()) {
      statement.execute("ALTER TABLE tracetrack_history DROP COLUMN applied_from");
    }
    MigrationException e = assertThrows(MigrationException.class, () -> migrator.upgrade(app, "head", LOCK_TIMEOUT));
    assertTrue(e.getMessage().contains("must be owner of table tracetrack_history"), e.getMessage());
    assertTrue(e.getMessage().contains("Statement: ALTER TABLE tracetrack_history ADD COLUMN IF NOT EXISTS applied_from text"),
        e.getMessage());
    assertEquals(List.of("a1a1a1a1a1a1"), Db.strings(owner, "SELECT version_num FROM tracetrack_version"));
  }

  @Test
  void aReadTheRoleMayNotDoNamesItsStatement() throws Exception {
    try (Connection connection = owner.connect(); Statement statement = connection.createStatement()) {
      statement.execute("REVOKE SELECT ON tracetrack_version FROM " + role);
    }
    MigrationException e = assertThrows(MigrationException.class, () -> migrator.current(app));
    assertTrue(e.getMessage().contains("permission denied for table tracetrack_version"), e.getMessage());
    assertTrue(e.getMessage().contains("Statement: SELECT version_num FROM tracetrack_version"), e.getMessage());
  }
}
