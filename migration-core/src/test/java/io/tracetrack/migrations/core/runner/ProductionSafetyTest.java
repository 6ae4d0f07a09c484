package io.tracetrack.migrations.core.runner;

import static io.tracetrack.migrations.ColumnDef.column;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tracetrack.migrations.IndexDef;
import io.tracetrack.migrations.Migration;
import io.tracetrack.migrations.Operations;
import io.tracetrack.migrations.Revision;
import io.tracetrack.migrations.core.MigrationException;
import io.tracetrack.migrations.core.MigrationLog;
import io.tracetrack.migrations.core.db.DatabaseException;
import io.tracetrack.migrations.core.db.DatabaseSettings;
import io.tracetrack.migrations.core.loader.LoadedMigration;
import io.tracetrack.migrations.core.loader.MigrationSet;
import io.tracetrack.migrations.core.revision.RevisionInfo;
import io.tracetrack.migrations.core.schema.Index;
import io.tracetrack.migrations.core.testsupport.Await;
import io.tracetrack.migrations.core.testsupport.Db;
import io.tracetrack.migrations.core.testsupport.PostgresServer;
import io.tracetrack.migrations.core.testsupport.TestMigrations;
import java.sql.Connection;
import java.sql.Statement;
import io.tracetrack.migrations.core.Setting;
import io.tracetrack.migrations.core.db.InvalidSettingException;
import java.time.Duration;
import java.util.Optional;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Timeouts, non-transactional revisions and the advisory lock, against a real PostgreSQL. */
class ProductionSafetyTest {
  private final List<String> log = Collections.synchronizedList(new ArrayList<>());
  private final MigrationLog recording = new MigrationLog() {
    @Override
    public void info(String message) {
      log.add(message);
    }

    @Override
    public void warn(String message) {
      log.add("WARN " + message);
    }
  };

  private static LoadedMigration createItems() {
    return TestMigrations.migration("a00000000001", List.of(), "Create items",
        op -> op.createTable("items", column("id", "bigint").primaryKey(), column("name", "text")),
        op -> op.dropTable("items"));
  }

  /** Would fail inside a transaction: CREATE INDEX CONCURRENTLY. */
  @Revision(id = "b00000000002", revises = "a00000000001", message = "Index items by name", transactional = false)
  public static final class ConcurrentIndex implements Migration {
    @Override
    public void upgrade(Operations op) {
      op.execute("CREATE INDEX CONCURRENTLY items_name_idx ON items (name)");
    }

    @Override
    public void downgrade(Operations op) {
      op.execute("DROP INDEX CONCURRENTLY items_name_idx");
    }
  }

  /** The same index, typed: replay sees it. */
  @Revision(id = "b00000000002", revises = "a00000000001", message = "Index items by name, typed", transactional = false)
  public static final class TypedConcurrentIndex implements Migration {
    @Override
    public void upgrade(Operations op) {
      op.createIndexConcurrently("items", IndexDef.index("items_name_idx", "name").unique());
    }

    @Override
    public void downgrade(Operations op) {
      op.dropIndexConcurrently("items", "items_name_idx");
    }
  }

  /** Fails at its second statement, after the first committed. */
  @Revision(id = "b00000000002", revises = "a00000000001", message = "Two indexes", transactional = false)
  public static final class HalfFailing implements Migration {
    @Override
    public void upgrade(Operations op) {
      op.execute("CREATE INDEX CONCURRENTLY items_name_idx ON items (name)");
      op.execute("CREATE INDEX CONCURRENTLY items_missing_idx ON items (no_such_column)");
      op.execute("CREATE INDEX CONCURRENTLY items_id_name_idx ON items (id, name)");
    }

    @Override
    public void downgrade(Operations op) {}
  }

  private static LoadedMigration loaded(Migration migration) {
    Revision r = migration.getClass().getAnnotation(Revision.class);
    return new LoadedMigration(new RevisionInfo(r.id(), List.of(r.revises()), r.message(), "", migration.getClass().getName()),
        migration, TestMigrations.standInChecksum(migration.getClass().getName()));
  }

  @Test
  void nonTransactionalRevisionRunsCreateIndexConcurrentlyAndMovesTheVersion() {
    DatabaseSettings db = PostgresServer.newDatabase("concurrently");
    MigrationSet set = new MigrationSet(List.of(createItems(), loaded(new ConcurrentIndex())));
    new MigrationRunner(db, Duration.ofSeconds(5), recording).upgrade(set, "head");
    assertEquals(List.of("b00000000002"), Db.versions(db));
    assertEquals(List.of("true"), Db.strings(db, "SELECT indisvalid FROM pg_index WHERE indexrelid = 'items_name_idx'::regclass"));
    assertTrue(log.stream().anyMatch(l -> l.contains("Index items by name") && l.contains("not transactional")), log.toString());

    new MigrationRunner(db, Duration.ofSeconds(5), recording).downgrade(set, "-1");
    assertEquals(List.of("a00000000001"), Db.versions(db));
    assertEquals(List.of(), Db.strings(db, "SELECT relname FROM pg_class WHERE relname = 'items_name_idx'"));
  }

  @Test
  void aTypedConcurrentIndexIsBuiltOutsideATransactionSeenByReplayAndDroppedConcurrently() {
    DatabaseSettings db = PostgresServer.newDatabase("typed_concurrently");
    MigrationSet set = new MigrationSet(List.of(createItems(), loaded(new TypedConcurrentIndex())));
    assertEquals(List.of("items_name_idx"), set.schemaAt(null).table("items").orElseThrow().indexes().stream()
        .map(Index::name).toList(), "replay sees the index");
    new MigrationRunner(db, Duration.ofSeconds(5), recording).upgrade(set, "head");
    assertEquals(List.of("b00000000002"), Db.versions(db));
    assertEquals(List.of("true|true"), Db.strings(db,
        "SELECT indisvalid || '|' || indisunique FROM pg_index WHERE indexrelid = 'items_name_idx'::regclass"));

    new MigrationRunner(db, Duration.ofSeconds(5), recording).downgrade(set, "-1");
    assertEquals(List.of(), Db.strings(db, "SELECT relname FROM pg_class WHERE relname = 'items_name_idx'"));
  }

  @Test
  void aConcurrentIndexInATransactionalRevisionIsRefusedBeforeAnythingRuns() {
    DatabaseSettings db = PostgresServer.newDatabase("typed_in_transaction");
    LoadedMigration inTransaction = TestMigrations.migration("b00000000002", List.of("a00000000001"), "Index",
        op -> op.createIndexConcurrently("items", IndexDef.index("items_name_idx", "name")), op -> { });
    MigrationException e = assertThrows(MigrationException.class,
        () -> new MigrationRunner(db, Duration.ofSeconds(5), recording)
            .upgrade(new MigrationSet(List.of(createItems(), inTransaction)), "head"));
    assertEquals("Revision b00000000002, Index (" + inTransaction.info().origin() + ") calls"
        + " op.createIndexConcurrently(\"items\", index(\"items_name_idx\", \"name\")) in upgrade(), which PostgreSQL"
        + " refuses inside a transaction: mark the revision @Revision(transactional = false), and keep it to such"
        + " statements", e.getMessage());
    assertFalse(Db.tableExists(db, "items"), "nothing ran");
  }

  @Test
  void theSameStatementInATransactionalRevisionIsRefusedByPostgres() {
    DatabaseSettings db = PostgresServer.newDatabase("in_transaction");
    LoadedMigration inTransaction = TestMigrations.migration("b00000000002", List.of("a00000000001"), "Index",
        op -> op.execute("CREATE INDEX CONCURRENTLY items_name_idx ON items (name)"), op -> { });
    MigrationFailedException e = assertThrows(MigrationFailedException.class,
        () -> new MigrationRunner(db, Duration.ofSeconds(5), recording)
            .upgrade(new MigrationSet(List.of(createItems(), inTransaction)), "head"));
    assertTrue(e.getMessage().contains("cannot run inside a transaction block"), e.getMessage());
  }

  @Test
  void aFailedNonTransactionalRevisionReportsWhatWasAndWasNotApplied() {
    DatabaseSettings db = PostgresServer.newDatabase("half");
    MigrationSet set = new MigrationSet(List.of(createItems(), loaded(new HalfFailing())));
    PartiallyAppliedException e = assertThrows(PartiallyAppliedException.class,
        () -> new MigrationRunner(db, Duration.ofSeconds(5), recording).upgrade(set, "head"));
    String message = e.getMessage();
    assertTrue(message.contains("b00000000002, Two indexes) is not transactional and failed part-way"), message);
    assertTrue(message.contains("Applied (1):\n    CREATE INDEX CONCURRENTLY items_name_idx ON items (name)"), message);
    assertTrue(message.contains("Failed: CREATE INDEX CONCURRENTLY items_missing_idx"), message);
    assertTrue(message.contains("column \"no_such_column\" does not exist"), message);
    assertTrue(message.contains("Not run (1):\n    CREATE INDEX CONCURRENTLY items_id_name_idx ON items (id, name)"), message);
    assertEquals(List.of("a00000000001"), Db.versions(db), "the version did not move");
    assertEquals(List.of("items_name_idx"), Db.strings(db,
        "SELECT relname FROM pg_class WHERE relname LIKE 'items\\_%\\_idx' ORDER BY relname"));
  }

  /** A key of the test's own, that the slow revision below waits for while it holds the migration lock. */
  private static final long GATE = 4242L;

  @Test
  void createIndexConcurrentlyIsNotBlockedByARunWaitingForTheLock() throws Exception {
    DatabaseSettings db = PostgresServer.newDatabase("no_deadlock");
    new MigrationRunner(db, Duration.ofSeconds(5), recording).upgrade(new MigrationSet(List.of(createItems())), "head");
    // A slow non-transactional revision: it holds the lock until the test opens the gate, then
    // creates an index concurrently while a second run polls for the lock.
    @Revision(id = "b00000000002", revises = "a00000000001", message = "Slow index", transactional = false)
    final class SlowIndex implements Migration {
      @Override
      public void upgrade(Operations op) {
        op.execute("SELECT pg_advisory_lock(" + GATE + "), pg_advisory_unlock(" + GATE + ")");
        op.execute("CREATE INDEX CONCURRENTLY items_name_idx ON items (name)");
      }

      @Override
      public void downgrade(Operations op) {}
    }
    MigrationSet set = new MigrationSet(List.of(createItems(), loaded(new SlowIndex())));
    try (Connection gate = db.connect(); Statement statement = gate.createStatement()) {
      statement.execute("SELECT pg_advisory_lock(" + GATE + ")");
      CompletableFuture<Object> first = CompletableFuture.supplyAsync(
          () -> new MigrationRunner(db, Duration.ofSeconds(30), recording).upgrade(set, "head"));
      Await.until("the first run to hold the lock and wait at the gate", Duration.ofSeconds(20),
          () -> Await.advisoryLockSessions(db, AdvisoryLock.KEY, true) == 1
              && Await.advisoryLockSessions(db, GATE, false) == 1);
      CompletableFuture<Object> second = CompletableFuture.supplyAsync(
          () -> new MigrationRunner(db, Duration.ofSeconds(30), recording).upgrade(set, "head"));
      Await.until("the second run's wait line", Duration.ofSeconds(20),
          () -> waitLine() || second.isDone());
      assertFalse(second.isDone(), "the second run did not wait: " + log);
      statement.execute("SELECT pg_advisory_unlock(" + GATE + ")");
      first.get(20, TimeUnit.SECONDS);
      second.get(20, TimeUnit.SECONDS);
    }
    assertEquals(List.of("b00000000002"), Db.versions(db));
    assertEquals(List.of("true"), Db.strings(db, "SELECT indisvalid FROM pg_index WHERE indexrelid = 'items_name_idx'::regclass"));
    assertTrue(log.stream().anyMatch(l -> l.startsWith("Another migration run holds the lock; waiting up to 30 s (the lock timeout); it is held by postgres")),
        log.toString());
    assertTrue(log.stream().anyMatch(l -> l.startsWith("Nothing to do: another run already did the work")), log.toString());
  }

  private boolean waitLine() {
    synchronized (log) {
      return log.stream().anyMatch(l -> l.startsWith("Another migration run holds the lock; waiting up to 30 s"));
    }
  }

  @Test
  void statementTimeoutCancelsASlowMigrationAndNamesTheSetting() {
    DatabaseSettings db = PostgresServer.newDatabase("statement_timeout")
        .withTimeouts(Duration.ofMillis(300), null);
    LoadedMigration slow = TestMigrations.migration("b00000000002", List.of("a00000000001"), "Slow backfill",
        op -> op.execute("SELECT pg_sleep(5)"), op -> { });
    long started = System.nanoTime();
    MigrationFailedException e = assertThrows(MigrationFailedException.class,
        () -> new MigrationRunner(db, Duration.ofSeconds(5), recording)
            .upgrade(new MigrationSet(List.of(createItems(), slow)), "head"));
    assertTrue(System.nanoTime() - started < 4_000_000_000L, "cancelled early");
    assertTrue(e.getMessage().contains("(b00000000002, Slow backfill) failed and was rolled back"), e.getMessage());
    assertEquals(Optional.of(new ExceededTimeout(Setting.STATEMENT_TIMEOUT, Duration.ofMillis(300))), e.timeout());
    assertTrue(e.getMessage().contains("Hint: the statement ran longer than the statement timeout (300 ms)"),
        e.getMessage());
    assertEquals(List.of("a00000000001"), Db.versions(db));
  }

  @Test
  void lockWaitTimeoutGivesUpOnABusyTableAndNamesTheSetting() throws Exception {
    DatabaseSettings plain = PostgresServer.newDatabase("lock_timeout");
    new MigrationRunner(plain, Duration.ofSeconds(5), recording).upgrade(new MigrationSet(List.of(createItems())), "head");
    LoadedMigration alter = TestMigrations.migration("b00000000002", List.of("a00000000001"), "Add price",
        op -> op.addColumn("items", column("price", "numeric(10,2)")), op -> op.dropColumn("items", "price"));
    try (Connection traffic = plain.connect(); Statement statement = traffic.createStatement()) {
      traffic.setAutoCommit(false);
      statement.execute("SELECT * FROM items"); // holds ACCESS SHARE until the transaction ends
      MigrationFailedException e = assertThrows(MigrationFailedException.class,
          () -> new MigrationRunner(plain.withTimeouts(null, Duration.ofMillis(500)), Duration.ofSeconds(5), recording)
              .upgrade(new MigrationSet(List.of(createItems(), alter)), "head"));
      assertTrue(e.getMessage().contains("canceling statement due to lock timeout"), e.getMessage());
      assertEquals(Optional.of(new ExceededTimeout(Setting.LOCK_WAIT_TIMEOUT, Duration.ofMillis(500))), e.timeout());
      assertTrue(e.getMessage().contains("the lock-wait timeout (500 ms)"), e.getMessage());
      traffic.rollback();
    }
    assertEquals(List.of("a00000000001"), Db.versions(plain));
  }

  @Test
  void lockTimeoutNamesTheHolderAndTheSetting() throws Exception {
    DatabaseSettings db = PostgresServer.newDatabase("lock_held");
    try (Connection other = db.connect(); Statement statement = other.createStatement()) {
      statement.execute("SELECT pg_advisory_lock(" + AdvisoryLock.KEY + ")");
      LockTimeoutException e = assertThrows(LockTimeoutException.class,
          () -> new MigrationRunner(db, Duration.ofMillis(600), recording)
              .upgrade(new MigrationSet(List.of(createItems())), "head"));
      assertTrue(e.getMessage().startsWith("Another migration run holds the lock on this database (held by postgres"),
          e.getMessage());
      assertEquals(Duration.ofMillis(600), e.timeout());
      assertTrue(e.holder().startsWith("held by postgres"), e.holder());
      assertTrue(e.getMessage().contains("gave up after 600 ms. Wait for it to finish"), e.getMessage());
    }
    assertFalse(Db.tableExists(db, "items"));
  }

  @Test
  void timeoutSettingsParse() {
    assertEquals(Duration.ofSeconds(30), DatabaseSettings.parseTimeout(Setting.STATEMENT_TIMEOUT, "30"));
    assertEquals(Duration.ofSeconds(30), DatabaseSettings.parseTimeout(Setting.STATEMENT_TIMEOUT, "30s"));
    assertEquals(Duration.ofMillis(500), DatabaseSettings.parseTimeout(Setting.STATEMENT_TIMEOUT, " 500ms "));
    assertEquals(Duration.ofMinutes(5), DatabaseSettings.parseTimeout(Setting.STATEMENT_TIMEOUT, "5min"));
    assertEquals(Duration.ofHours(1), DatabaseSettings.parseTimeout(Setting.STATEMENT_TIMEOUT, "1h"));
    assertEquals(Duration.ZERO, DatabaseSettings.parseTimeout(Setting.STATEMENT_TIMEOUT, "0"));
    assertNull(DatabaseSettings.parseTimeout(Setting.STATEMENT_TIMEOUT, ""));
    InvalidSettingException e = assertThrows(InvalidSettingException.class,
        () -> DatabaseSettings.parseTimeout(Setting.STATEMENT_TIMEOUT, "soon"));
    assertEquals(Setting.STATEMENT_TIMEOUT, e.setting());
    assertEquals(" = \"soon\" is not a duration: write seconds (30) or a number with a unit (500ms, 30s, 5min, 1h)",
        e.problem());
    assertEquals("Statement timeout" + e.problem(), e.getMessage());
  }
}
