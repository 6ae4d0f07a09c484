package io.tracetrack.migrations.core.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tracetrack.migrations.core.MigrationLog;
import io.tracetrack.migrations.core.db.DatabaseSettings;
import io.tracetrack.migrations.core.loader.LoadedMigration;
import io.tracetrack.migrations.core.loader.MigrationSet;
import io.tracetrack.migrations.core.revision.RevisionInfo;
import io.tracetrack.migrations.core.testsupport.Db;
import io.tracetrack.migrations.core.testsupport.PostgresServer;
import io.tracetrack.migrations.core.testsupport.TestMigrations;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A no-op upgrade of a database at the head of 10,000 revisions compares one digest of the accepted
 * checksums; any difference in the history (a changed checksum, a missing, extra or misplaced row)
 * sends it to the row-by-row comparison, with the same outcome and message as ever.
 */
class NoOpVerificationTest {
  private static final int REVISIONS = 10_000;
  private static final AtomicInteger COPIES = new AtomicInteger();
  private static final MigrationLog QUIET = new MigrationLog() {
    @Override
    public void info(String message) {}

    @Override
    public void warn(String message) {}
  };
  private static String template;

  /** Upgrades one database to the head once; each test works on a copy of it. */
  @BeforeAll
  static void upgradeOnce() {
    DatabaseSettings db = PostgresServer.newDatabase("noop_template");
    runner(db).upgrade(migrations(Map.of()), "head");
    template = db.url().substring(db.url().lastIndexOf('/') + 1);
  }

  private static String id(int n) {
    return String.format("r%05d", n);
  }

  /** The chain of revisions, each with a checksum of its own, but for the ones given another. */
  private static MigrationSet migrations(Map<Integer, String> changedChecksums) {
    List<LoadedMigration> chain = new ArrayList<>();
    for (int n = 1; n <= REVISIONS; n++) {
      List<String> parents = n == 1 ? List.of() : List.of(id(n - 1));
      chain.add(new LoadedMigration(new RevisionInfo(id(n), parents, "Step " + n, "2026-01-01 00:00:00", "test.M_" + id(n)),
          new TestMigrations.Lambda(op -> {}, op -> {}),
          changedChecksums.getOrDefault(n, TestMigrations.standInChecksum(id(n)))));
    }
    return new MigrationSet(chain);
  }

  private static MigrationRunner runner(DatabaseSettings db) {
    return new MigrationRunner(db, Duration.ofSeconds(5), QUIET);
  }

  private static DatabaseSettings copy() {
    String name = "noop_copy_" + COPIES.incrementAndGet();
    try (Connection admin = PostgresServer.server().getPostgresDatabase().getConnection();
        Statement statement = admin.createStatement()) {
      statement.execute("CREATE DATABASE " + name + " TEMPLATE " + template);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot copy " + template, e);
    }
    return new DatabaseSettings(PostgresServer.jdbcUrl(name), "postgres", null);
  }

  private static boolean digestMatches(DatabaseSettings db, MigrationSet migrations) throws SQLException {
    try (Connection connection = db.connect()) {
      VersionTable.Position position = VersionTable.position(connection);
      return AppliedChecksums.allMatch(migrations, position.heads(), position.acceptedDigest());
    }
  }

  /** A copy of the upgraded database with this change to its history, which its digest must show. */
  private static DatabaseSettings tampered(String sql) throws SQLException {
    DatabaseSettings db = copy();
    Db.execute(db, sql);
    assertFalse(digestMatches(db, migrations(Map.of())), "the digest misses: " + sql);
    return db;
  }

  /** Runs a no-op upgrade and expects it to stop on exactly this changed revision. */
  private static void assertStopsOn(DatabaseSettings db, MigrationSet migrations, int revision) {
    ChangedMigrationException e = assertThrows(ChangedMigrationException.class,
        () -> runner(db).upgrade(migrations, "head"));
    assertEquals(List.of(id(revision)), e.changed().stream().map(c -> c.revision().id()).toList(), e.getMessage());
    assertTrue(e.getMessage().startsWith("An applied migration has changed since it ran:\n  - " + id(revision)
        + ", Step " + revision + " (test.M_" + id(revision) + "): applied by postgres"), e.getMessage());
  }

  @Test
  void anUnchangedHistoryIsVerifiedByItsDigestAndNothingRuns() throws SQLException {
    DatabaseSettings db = copy();
    MigrationSet migrations = migrations(Map.of());
    assertTrue(digestMatches(db, migrations));
    assertEquals(List.of(), runner(db).upgrade(migrations, "head"));
    assertEquals(List.of(id(REVISIONS)), Db.versions(db));
  }

  @Test
  void oneChangedMigrationAmongTenThousandStopsTheRunNamingIt() throws SQLException {
    DatabaseSettings db = copy();
    MigrationSet edited = migrations(Map.of(5000, TestMigrations.standInChecksum("edited")));
    assertFalse(digestMatches(db, edited));
    assertStopsOn(db, edited, 5000);
  }

  @Test
  void aChangedChecksumInTheHistoryStopsTheRunNamingIt() throws SQLException {
    DatabaseSettings db = tampered("UPDATE tracetrack_history SET checksum = 'v2:tampered' WHERE revision = '" + id(1) + "'");
    assertStopsOn(db, migrations(Map.of()), 1);
  }

  @Test
  void aLaterRowOfAnotherChecksumStopsTheRunNamingIt() throws SQLException {
    DatabaseSettings db = tampered("INSERT INTO tracetrack_history (revision, direction, message, checksum) VALUES ('"
        + id(7000) + "', 'upgrade', 'Step 7000', 'v2:another')");
    assertStopsOn(db, migrations(Map.of()), 7000);
  }

  @Test
  void aRowCarryingAnotherRevisionsChecksumStopsTheRunNamingIt() throws SQLException {
    DatabaseSettings db = tampered("INSERT INTO tracetrack_history (revision, direction, message, checksum) SELECT '"
        + id(7001) + "', 'upgrade', 'Step 7001', checksum FROM tracetrack_history WHERE revision = '" + id(7000) + "'");
    assertStopsOn(db, migrations(Map.of()), 7001);
  }

  /** As before the digest: a revision without an accepted checksum (stamped, say) is not compared. */
  @Test
  void aMissingRowIsComparedRowByRowAndPassesAsBefore() throws SQLException {
    DatabaseSettings db = tampered("DELETE FROM tracetrack_history WHERE revision = '" + id(1234) + "'");
    assertEquals(List.of(), runner(db).upgrade(migrations(Map.of()), "head"));
    assertStopsOn(db, migrations(Map.of(1234, "v2:edited", 4321, "v2:edited")), 4321);
  }

  /** As before the digest: rows of revisions that are not applied are not compared. */
  @Test
  void anExtraRowOfARevisionNoClassDeclaresIsComparedRowByRowAndPassesAsBefore() throws SQLException {
    DatabaseSettings db = tampered("INSERT INTO tracetrack_history (revision, direction, message, checksum)"
        + " VALUES ('gone', 'upgrade', 'Deleted class', 'v2:gone')");
    assertEquals(List.of(), runner(db).upgrade(migrations(Map.of()), "head"));
    assertStopsOn(db, migrations(Map.of(9999, "v2:edited")), 9999);
  }

  @Test
  void aHeadNoClassDeclaresIsStillAnUnknownRevision() {
    DatabaseSettings db = copy();
    Db.execute(db, "INSERT INTO tracetrack_version (version_num) VALUES ('gone')");
    UnknownDatabaseRevisionException e = assertThrows(UnknownDatabaseRevisionException.class,
        () -> runner(db).upgrade(migrations(Map.of()), "head"));
    assertTrue(e.getMessage().contains("gone"), e.getMessage());
  }
}
