package io.tracetrack.migrations.core.runner;

import static io.tracetrack.migrations.ColumnDef.column;
import static io.tracetrack.migrations.core.testsupport.TestMigrations.migration;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tracetrack.migrations.Migration;
import io.tracetrack.migrations.Operations;
import io.tracetrack.migrations.core.MigrationException;
import io.tracetrack.migrations.core.MigrationLog;
import io.tracetrack.migrations.core.Migrator;
import io.tracetrack.migrations.core.db.DatabaseSettings;
import io.tracetrack.migrations.core.loader.LoadedMigration;
import io.tracetrack.migrations.core.loader.MigrationSet;
import io.tracetrack.migrations.core.revision.RevisionInfo;
import io.tracetrack.migrations.core.testsupport.Db;
import io.tracetrack.migrations.core.testsupport.PostgresServer;
import io.tracetrack.migrations.core.testsupport.TestMigrations;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A migration whose second statement fails is rolled back as a whole, and the version does not move. */
class MigrationFailureTest {
  private static final String GOOD = "0a0a0a0a0a0a";
  private static final String BAD = "0b0b0b0b0b0b";
  private static final String BAD_SQL = "CREATE TABLE broken (id integer";
  private static final Duration LOCK_TIMEOUT = Duration.ofSeconds(10);

  private static final LoadedMigration FIRST = migration(GOOD, List.of(), "Create account",
      op -> op.createTable("account", column("id", "bigint").primaryKey()),
      op -> op.dropTable("account"));
  private static final LoadedMigration HALF_WAY = migration(BAD, List.of(GOOD), "Fails half-way",
      op -> {
        op.createTable("half_done", column("id", "integer"));
        op.execute(BAD_SQL);
        op.addColumn("account", column("never", "text"));
      },
      op -> op.dropTable("half_done"));

  private DatabaseSettings database;
  private Migrator migrator;

  @BeforeEach
  void freshDatabase() {
    database = PostgresServer.newDatabase("failure");
    migrator = new Migrator(new MigrationSet(List.of(FIRST, HALF_WAY)), MigrationLog.console());
  }

  private MigrationFailedException upgradeFails() {
    return assertThrows(MigrationFailedException.class, () -> migrator.upgrade(database, "head", LOCK_TIMEOUT));
  }

  @Test
  void messageNamesTheRevisionItsMessageAndTheFailingStatement() {
    MigrationFailedException e = upgradeFails();
    assertTrue(e.getMessage().contains(BAD), e.getMessage());
    assertTrue(e.getMessage().contains("Fails half-way"), e.getMessage());
    assertTrue(e.getMessage().contains("Statement: " + BAD_SQL), e.getMessage());
    assertTrue(e.getMessage().contains("rolled back"), e.getMessage());
    assertTrue(e.getMessage().startsWith("Upgrade " + GOOD + " -> " + BAD), e.getMessage());
    assertEquals(BAD_SQL, e.statement());
    assertEquals(BAD, e.step().revision().id());
    assertTrue(e.step().upgrade());
  }

  @Test
  void theFirstStatementIsRolledBackAndTheVersionStaysAtThePreviousRevision() {
    upgradeFails();
    assertFalse(Db.tableExists(database, "half_done"));
    assertFalse(Db.tableExists(database, "broken"));
    assertTrue(Db.tableExists(database, "account"), "the revision before the failing one stays applied");
    assertEquals(List.of(GOOD), Db.versions(database));
    assertEquals(List.of(GOOD + " upgrade"),
        Db.strings(database, "SELECT revision || ' ' || direction FROM tracetrack_history ORDER BY id"));
  }

  @Test
  void aSecondUpgradeFailsCleanlyTheSameWay() {
    upgradeFails();
    MigrationFailedException again = upgradeFails();
    assertEquals(BAD_SQL, again.statement());
    assertTrue(again.getMessage().startsWith("Upgrade " + GOOD + " -> " + BAD), again.getMessage());
    assertFalse(Db.tableExists(database, "half_done"));
    assertEquals(List.of(GOOD), Db.versions(database));
    assertEquals(List.of("1"), Db.strings(database, "SELECT count(*) FROM tracetrack_history"));
  }

  @Test
  void theLockIsReleasedAfterAFailure() {
    upgradeFails();
    assertEquals(List.of("true"), Db.strings(database, "SELECT pg_try_advisory_lock(" + AdvisoryLock.KEY + ")"));
  }

  @Test
  void aFailingDowngradeIsRolledBackToo() {
    LoadedMigration badDown = migration(BAD, List.of(GOOD), "Bad downgrade",
        op -> op.createTable("half_done", column("id", "integer")),
        op -> {
          op.dropTable("half_done");
          op.execute(BAD_SQL);
        });
    Migrator withBadDown = new Migrator(new MigrationSet(List.of(FIRST, badDown)), MigrationLog.console());
    withBadDown.upgrade(database, "head", LOCK_TIMEOUT);
    MigrationFailedException e = assertThrows(MigrationFailedException.class,
        () -> withBadDown.downgrade(database, "-1", LOCK_TIMEOUT));
    assertTrue(e.getMessage().startsWith("Downgrade " + BAD + " -> " + GOOD), e.getMessage());
    assertTrue(Db.tableExists(database, "half_done"), "the dropped table is back after the rollback");
    assertEquals(List.of(BAD), Db.versions(database));
  }

  @Test
  void aFailingStatementIsReportedWithoutRunningTheMigrationAgain() {
    Db.execute(database, "CREATE SEQUENCE outside_the_transaction");
    String advance = "DO $$ BEGIN PERFORM nextval('outside_the_transaction'); END $$";
    LoadedMigration advancesThenFails = migration(BAD, List.of(GOOD), "Advances a sequence, then fails",
        op -> {
          op.execute(advance);
          op.execute(BAD_SQL);
          op.execute("SELECT 1");
        },
        op -> { });
    Migrator migrator = new Migrator(new MigrationSet(List.of(FIRST, advancesThenFails)), MigrationLog.console());
    MigrationFailedException e = assertThrows(MigrationFailedException.class,
        () -> migrator.upgrade(database, "head", LOCK_TIMEOUT));
    assertEquals(BAD_SQL, e.statement());
    assertTrue(e.getMessage().contains("syntax error"), e.getMessage());
    // nextval is not undone by a rollback, so a second run of the statements would show as 2
    assertEquals(List.of("1"), Db.strings(database, "SELECT last_value::text FROM outside_the_transaction"));
    assertEquals(List.of(GOOD), Db.versions(database));
  }

  @Test
  void aMigrationWhoseCodeFailsStopsTheRunBeforeAnyStatement() {
    AtomicInteger calls = new AtomicInteger();
    Migration throwing = new Migration() {
      @Override
      public void upgrade(Operations op) {
        calls.incrementAndGet();
        op.createTable("never_created", column("id", "integer"));
        throw new IllegalStateException("cannot read the data file");
      }

      @Override
      public void downgrade(Operations op) {}
    };
    LoadedMigration failing = new LoadedMigration(new RevisionInfo(BAD, List.of(GOOD), "Code fails",
        "2026-01-01 00:00:00", "test.M_throwing"), throwing, TestMigrations.standInChecksum("throwing"));
    Migrator migrator = new Migrator(new MigrationSet(List.of(FIRST, failing)), MigrationLog.console());
    MigrationException e = assertThrows(MigrationException.class, () -> migrator.upgrade(database, "head",
        LOCK_TIMEOUT));
    assertEquals("Revision " + BAD + ", Code fails (test.M_throwing) failed in upgrade(): cannot read the data file",
        e.getMessage());
    assertFalse(Db.tableExists(database, "account"), "the migration before it did not run either");
    assertFalse(Db.tableExists(database, "tracetrack_version"), "nothing was written");
    assertEquals(1, calls.get());
  }
}
