package io.tracetrack.migrations.core.runner;

import static io.tracetrack.migrations.ColumnDef.column;
import static io.tracetrack.migrations.core.testsupport.TestMigrations.migration;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tracetrack.migrations.core.MigrationException;
import io.tracetrack.migrations.core.MigrationLog;
import io.tracetrack.migrations.core.Migrator;
import io.tracetrack.migrations.core.db.DatabaseSettings;
import io.tracetrack.migrations.core.loader.MigrationSet;
import io.tracetrack.migrations.core.testsupport.Await;
import io.tracetrack.migrations.core.testsupport.Db;
import io.tracetrack.migrations.core.testsupport.PostgresServer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A run holds a PostgreSQL advisory lock: a second run waits for it, up to its timeout. Waiting is
 * observed (the run's wait line, the holder in pg_locks), never assumed from a pause.
 */
class AdvisoryLockTest {
  private static final String R1 = "1ock1ock1ock";

  private final List<String> logged = Collections.synchronizedList(new ArrayList<>());
  private DatabaseSettings database;
  private Migrator migrator;

  @BeforeEach
  void freshDatabase() {
    database = PostgresServer.newDatabase("lock");
    migrator = new Migrator(new MigrationSet(List.of(migration(R1, List.of(), "Create t",
        op -> op.createTable("t", column("id", "bigint").primaryKey()), op -> op.dropTable("t")))),
        new MigrationLog() {
          @Override
          public void info(String message) {
            logged.add(message);
          }

          @Override
          public void warn(String message) {
            logged.add(message);
          }
        });
  }

  private static boolean lock(Connection connection, String function) throws Exception {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT " + function + "(" + AdvisoryLock.KEY + ")")) {
      rows.next();
      return "pg_advisory_lock".equals(function) || rows.getBoolean(1);
    }
  }

  @Test
  void upgradeGivesUpWhenAnotherSessionHoldsTheLock() throws Exception {
    try (Connection other = database.connect()) {
      lock(other, "pg_advisory_lock");
      long started = System.nanoTime();
      MigrationException e = assertThrows(MigrationException.class,
          () -> migrator.upgrade(database, "head", Duration.ofSeconds(1)));
      long waitedMillis = (System.nanoTime() - started) / 1_000_000;
      assertTrue(e.getMessage().contains("lock"), e.getMessage());
      assertTrue(e.getMessage().contains("gave up after 1 s"), e.getMessage());
      assertTrue(waitedMillis >= 900 && waitedMillis < 10_000, "waited " + waitedMillis + " ms");
      assertTrue(logged.stream().anyMatch(m -> m.contains("holds the lock; waiting up to 1 s")), logged.toString());
      assertFalse(Db.tableExists(database, "t"));
      assertFalse(Db.tableExists(database, "tracetrack_version"));
    }
    // Once the other session has gone, the upgrade runs.
    migrator.upgrade(database, "head", Duration.ofSeconds(1));
    assertEquals(List.of(R1), Db.versions(database));
  }

  @Test
  void stampTakesTheSameLock() throws Exception {
    try (Connection other = database.connect()) {
      lock(other, "pg_advisory_lock");
      MigrationException e = assertThrows(MigrationException.class,
          () -> migrator.stamp(database, "head", Duration.ZERO));
      assertTrue(e.getMessage().contains("gave up after 0 s"), e.getMessage());
      assertTrue(logged.stream().anyMatch(m -> m.contains("holds the lock; waiting up to 0 s")), logged.toString());
      assertFalse(Db.tableExists(database, "tracetrack_version"));
    }
    // The server frees a closed session's lock when its backend exits, a moment after the close.
    Await.until("the closed session's lock to be freed", Duration.ofSeconds(10),
        () -> Await.advisoryLockSessions(database, AdvisoryLock.KEY, true) == 0);
    migrator.stamp(database, "head", Duration.ZERO);
    assertEquals(List.of(R1), Db.versions(database));
  }

  @Test
  void upgradeWaitsForALockThatIsReleasedInTime() throws Exception {
    try (Connection other = database.connect()) {
      lock(other, "pg_advisory_lock");
      CompletableFuture<Void> run = CompletableFuture.runAsync(
          () -> migrator.upgrade(database, "head", Duration.ofSeconds(30)));
      // The run says that it waits, and while the other session holds the lock it does nothing.
      Await.until("the run's wait line", Duration.ofSeconds(20), () -> waitLine().isPresent() || run.isDone());
      assertTrue(waitLine().isPresent(), "the run did not wait for the lock: " + logged);
      assertTrue(waitLine().get().contains("waiting up to 30 s (the lock timeout); it is held by postgres"),
          waitLine().get());
      assertFalse(run.isDone(), "the run ended while another session held the lock: " + logged);
      assertEquals(1, Await.advisoryLockSessions(database, AdvisoryLock.KEY, true), "the other session still holds it");
      assertFalse(Db.tableExists(database, "tracetrack_version"), "nothing ran while the lock was held");
      lock(other, "pg_advisory_unlock");
      run.get(20, TimeUnit.SECONDS);
    }
    assertEquals(List.of(R1), Db.versions(database));
    List<String> lines = List.copyOf(logged);
    int waited = lines.indexOf(waitLine().orElseThrow());
    int ran = lines.stream().filter(m -> m.startsWith("Running upgrade")).findFirst().map(lines::indexOf).orElse(-1);
    assertTrue(waited >= 0 && ran > waited, "waited, then ran: " + lines);
  }

  private Optional<String> waitLine() {
    synchronized (logged) {
      return logged.stream().filter(m -> m.contains("holds the lock; waiting up to")).findFirst();
    }
  }

  @Test
  void theLockIsReleasedAfterARun() throws Exception {
    migrator.upgrade(database, "head", Duration.ofSeconds(1));
    try (Connection other = database.connect()) {
      assertTrue(lock(other, "pg_try_advisory_lock"), "no lock left behind");
    }
  }

  @Test
  void theLockIsPerDatabase() throws Exception {
    DatabaseSettings elsewhere = PostgresServer.newDatabase("lock_other");
    try (Connection other = elsewhere.connect()) {
      lock(other, "pg_advisory_lock");
      migrator.upgrade(database, "head", Duration.ofSeconds(1));
    }
    assertEquals(List.of(R1), Db.versions(database));
  }
}
