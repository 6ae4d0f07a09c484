package io.tracetrack.migrations.it.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tracetrack.migrations.core.MigrationLog;
import io.tracetrack.migrations.core.Migrator;
import io.tracetrack.migrations.core.check.CheckReport;
import io.tracetrack.migrations.core.check.Difference.Kind;
import io.tracetrack.migrations.core.db.DatabaseSettings;
import io.tracetrack.migrations.core.loader.ProjectClasses;
import io.tracetrack.migrations.core.loader.ProjectLayout;
import io.tracetrack.migrations.core.schema.Snapshot;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An upgrade process killed with SIGKILL at a random moment of an eight-migration run (after a
 * random number of its migrations, seen in its output, and a random part of the next), 22 times:
 * each time the database is at a consistent revision (the version table matches the live schema,
 * checked with plain SQL and with the engine's drift check) and the next upgrade completes.
 * The upgrade runs in a child JVM ({@link Cli}); the recovery upgrade runs in this JVM. The same
 * through the real goal is {@link GoalsTest#aKilledGoalLeavesAConsistentRevisionAndTheNextGoalCompletes}.
 */
class CrashTest {
  private static final int RUNS = 22;
  private static final MigrationLog QUIET = new MigrationLog() {
    @Override
    public void info(String message) {}

    @Override
    public void warn(String message) {}
  };

  @TempDir
  Path temp;

  @Test
  void killedUpgradesLeaveAConsistentRevisionAndTheNextUpgradeCompletes() throws Exception {
    Fixture fixture = CrashFixture.create(temp.resolve("project"));
    long seed = Long.getLong("tracetrack.crashSeed", System.currentTimeMillis());
    Random random = new Random(seed);
    Map<Integer, Integer> appliedWhenKilled = new TreeMap<>();
    List<String> summary = new ArrayList<>();
    try (ProjectClasses project = new ProjectClasses(
        new ProjectLayout(fixture.classes, List.of(), List.of(), Fixture.PACKAGE), QUIET)) {
      Migrator migrator = new Migrator(project.migrations(), QUIET);
      Snapshot atHead = new Snapshot(project.migrations().schemaAt(null), Map.of());
      for (int run = 1; run <= RUNS; run++) {
        String url = SuiteServer.newDatabase("crash");
        DatabaseSettings database = new DatabaseSettings(url, "postgres", null);
        // Half the runs start from a database that is already part-way.
        int start = run % 2 == 0 ? random.nextInt(4) : 0;
        if (start > 0) {
          migrator.upgrade(database, "+" + start, Duration.ofSeconds(60));
        }
        File log = Files.createTempFile(temp, "crash", ".log").toFile();
        Process process = Fixture.start(fixture.args("upgrade", "--url", url, "--user", "postgres"), Map.of(), log);
        // The kill lands at a random point of the run: after a random number of its migrations
        // (observed in its output), then up to 150 ms into the next.
        int after = start + random.nextInt(CrashFixture.COUNT - start);
        Fixture.awaitOutput(process, log, after == start ? "Database: " : "-> " + CrashFixture.id(after) + ",", 60);
        long delay = random.nextInt(150);
        boolean finished = process.waitFor(delay, TimeUnit.MILLISECONDS);
        process.destroyForcibly(); // SIGKILL on Linux and macOS
        process.waitFor();

        int applied = consistentRevision(url, "run " + run + " (seed " + seed + ", killed " + delay + " ms after "
            + after + " migrations)");
        assertTrue(applied >= after, "run " + run + ": killed after " + after + " migrations, but " + applied + " applied");
        appliedWhenKilled.merge(applied, 1, Integer::sum);
        CheckReport report = migrator.check(atHead, database);
        String context = "run " + run + " (seed " + seed + "):\n" + report.render() + "\n" + Files.readString(log.toPath());
        assertEquals(List.of(), report.differences(Kind.DRIFT), context);
        assertEquals(List.of(), report.differences(Kind.CHANGED), context);
        assertEquals(List.of(), report.differences(Kind.UNKNOWN_REVISION), context);
        assertEquals(CrashFixture.COUNT - applied, report.differences(Kind.PENDING).size(), context);

        migrator.upgrade(database, "head", Duration.ofSeconds(60));
        assertEquals(CrashFixture.COUNT, consistentRevision(url, "after recovery of run " + run), context);
        assertTrue(migrator.check(atHead, database).ok(), context);
        summary.add(after + " + " + delay + " ms -> " + applied + (finished ? " (finished)" : ""));
      }
    }
    System.out.println("CrashTest seed " + seed + ": migrations applied when killed -> runs " + appliedWhenKilled
        + "; " + summary);
    long midRun = appliedWhenKilled.entrySet().stream()
        .filter(e -> e.getKey() > 0 && e.getKey() < CrashFixture.COUNT).mapToInt(Map.Entry::getValue).sum();
    assertTrue(midRun >= RUNS / 3, "too few kills landed inside the run: " + appliedWhenKilled + " (seed " + seed + ")");
  }

  /**
   * Reads the version with plain SQL and checks that exactly the migrations up to it left their
   * mark: tables t1..tN with all their rows, the next_ref column on t1..tN-1, nothing of the rest.
   * Returns N.
   */
  static int consistentRevision(String url, String context) throws Exception {
    List<String> versions = DatabaseState.versions(url);
    assertTrue(versions.size() <= 1, context + ": several heads " + versions);
    int applied = versions.isEmpty() ? 0 : Integer.parseInt(versions.get(0).substring(1));
    for (int k = 1; k <= CrashFixture.COUNT; k++) {
      String table = "t" + k;
      assertEquals(k <= applied, DatabaseState.tableExists(url, table), context + ": version " + versions
          + " but table " + table + (k <= applied ? " is missing" : " exists"));
      if (k <= applied) {
        assertEquals(List.of(String.valueOf(CrashFixture.ROWS)), DatabaseState.strings(url, "SELECT count(*) FROM " + table),
            context + ": rows of " + table);
        List<String> columns = DatabaseState.strings(url, "SELECT column_name FROM information_schema.columns"
            + " WHERE table_name = '" + table + "' AND column_name = 'next_ref'");
        assertEquals(k < applied, !columns.isEmpty(), context + ": next_ref on " + table);
      }
    }
    return applied;
  }
}
