package io.tracetrack.migrations.it.reliability;

import static io.tracetrack.migrations.it.reliability.Fixture.env;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tracetrack.migrations.core.runner.AdvisoryLock;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The suite's cases that must go through the real goals ({@link Goals}: a child {@code mvn} with
 * the installed plugin), because what they test lives in the Mojo layer or spans it: credentials
 * from a settings.xml {@code <server>}, the embedded database when none is configured, engine errors
 * turned into a failed build with the message and no stack trace, the lock between two goals, and
 * a goal killed mid-run. The other cases drive the engine directly through {@link Cli}, to keep
 * the suite's time reasonable (a Maven start-up costs seconds per run).
 */
class GoalsTest {
  private static final String ACCOUNT = Fixture.ACCOUNT;
  private static final String SERVER = "tt-db";

  @TempDir
  Path temp;

  private Fixture project() throws Exception {
    return Fixture.withAccount(temp.resolve("project")).compile();
  }

  /** A failed build: exit 1, the engine's message as Maven's error, a user error (MojoFailureException), nothing changed. */
  private String failsTheBuild(Fixture fixture, String url, Path settings, List<String> args, String... fragments)
      throws Exception {
    Map<String, String> sourcesBefore = fixture.sourceFiles();
    String databaseBefore = url == null ? "" : DatabaseState.fingerprint(url);
    Fixture.Result result = Goals.run(fixture, settings, args, Map.of(), temp);
    String out = result.out();
    assertEquals(1, result.exit(), "expected a failed build:\n" + out);
    assertTrue(out.contains("BUILD FAILURE"), out);
    for (String fragment : fragments) {
      assertTrue(out.lines().anyMatch(l -> l.startsWith("[ERROR]") && l.contains(fragment)),
          "no [ERROR] line with \"" + fragment + "\":\n" + out);
    }
    assertTrue(out.contains("/MojoFailureException"), "not reported as the user's to fix:\n" + out);
    assertFalse(out.contains("\tat "), "a stack trace instead of a message:\n" + out);
    assertFalse(out.contains(SuiteServer.PASSWORD), "the password leaked:\n" + out);
    assertEquals(sourcesBefore, fixture.sourceFiles(), "sources changed");
    if (url != null) {
      assertEquals(databaseBefore, DatabaseState.fingerprint(url), "the database changed");
    }
    return out;
  }

  @Test
  void credentialsFromAServerInSettings() throws Exception {
    Fixture fixture = project();
    String url = SuiteServer.newDatabase("server_id");
    DatabaseState.execute(url, "GRANT ALL ON SCHEMA public TO " + SuiteServer.PASSWORD_ROLE);
    Path settings = Goals.settings(temp, SERVER, SuiteServer.PASSWORD_ROLE, SuiteServer.PASSWORD);
    Fixture.Result result = Goals.run(fixture, settings, List.of("tracetrack:upgrade", "-Dtracetrack.url=" + url,
        "-Dtracetrack.serverId=" + SERVER), Map.of(), temp);
    assertEquals(0, result.exit(), result.out());
    assertTrue(result.out().contains("(credentials from server " + SERVER + ")"), result.out());
    assertTrue(result.out().contains("Running upgrade  -> aaaa00000001, Create account"), result.out());
    assertFalse(result.out().contains(SuiteServer.PASSWORD), result.out());
    assertEquals(List.of("aaaa00000001"), DatabaseState.versions(url));
    assertEquals(List.of(SuiteServer.PASSWORD_ROLE), DatabaseState.strings(url,
        "SELECT tableowner FROM pg_tables WHERE tablename = 'account'"), "the server's user created the table");
  }

  @Test
  void wrongPasswordInTheServerFailsTheBuildWithoutShowingIt() throws Exception {
    Fixture fixture = project();
    String url = SuiteServer.newDatabase("server_id_wrong");
    String wrong = "not-" + SuiteServer.PASSWORD;
    Path settings = Goals.settings(temp, SERVER, SuiteServer.PASSWORD_ROLE, wrong);
    String out = failsTheBuild(fixture, url, settings, List.of("tracetrack:upgrade", "-Dtracetrack.url=" + url,
        "-Dtracetrack.serverId=" + SERVER), "Authentication failed for user " + SuiteServer.PASSWORD_ROLE + " at " + url);
    assertFalse(out.contains(wrong), "the wrong password leaked:\n" + out);
  }

  @Test
  void serverWithoutADatabaseUrlIsAUserError() throws Exception {
    Fixture fixture = project();
    Path settings = Goals.settings(temp, SERVER, SuiteServer.PASSWORD_ROLE, SuiteServer.PASSWORD);
    failsTheBuild(fixture, null, settings, List.of("tracetrack:upgrade", "-Dtracetrack.serverId=" + SERVER),
        "tracetrack.serverId=" + SERVER + " gives the credentials but not the database");
  }

  @Test
  void embeddedDatabaseWhenNoneIsConfigured() throws Exception {
    Fixture fixture = project();
    Path settings = Goals.settings(temp);
    Fixture.Result upgrade = Goals.run(fixture, settings, List.of("tracetrack:upgrade"), Map.of(), temp);
    assertEquals(0, upgrade.exit(), upgrade.out());
    assertTrue(upgrade.out().contains("Database: embedded PostgreSQL"), upgrade.out());
    assertTrue(upgrade.out().contains("Running upgrade  -> aaaa00000001, Create account"), upgrade.out());
    assertTrue(Files.isDirectory(fixture.root.resolve(".tracetrack/pgdata")), "the data directory is in the project");
    // A second goal finds the same database, at the revision the first left it.
    Fixture.Result current = Goals.run(fixture, settings, List.of("tracetrack:current"), Map.of(), temp);
    assertEquals(0, current.exit(), current.out());
    assertTrue(current.out().contains("Current revision: aaaa00000001 (head)"), current.out());
  }

  @Test
  void databaseUrlFromTheEnvironmentWithAWrongPasswordNeverShowsIt() throws Exception {
    Fixture fixture = project();
    String url = SuiteServer.newDatabase("goal_database_url");
    String databaseUrl = url.replace("jdbc:postgresql://", "postgresql://" + SuiteServer.PASSWORD_ROLE + ":wrong-"
        + SuiteServer.PASSWORD + "@");
    Map<String, String> sourcesBefore = fixture.sourceFiles();
    Fixture.Result result = Goals.run(fixture, Goals.settings(temp), List.of("tracetrack:upgrade"),
        env("DATABASE_URL", databaseUrl), temp);
    assertEquals(1, result.exit(), result.out());
    assertTrue(result.out().contains("Authentication failed for user " + SuiteServer.PASSWORD_ROLE), result.out());
    assertFalse(result.out().contains(SuiteServer.PASSWORD), result.out());
    assertFalse(result.out().contains("\tat "), result.out());
    assertEquals(sourcesBefore, fixture.sourceFiles());
    assertEquals(List.of(), DatabaseState.versions(url));
  }

  @Test
  void unknownTargetAndAChangedMigrationAreUserErrors() throws Exception {
    Fixture fixture = project();
    String url = SuiteServer.newDatabase("goal_errors");
    Path settings = Goals.settings(temp);
    failsTheBuild(fixture, url, settings, List.of("tracetrack:upgrade", "-Dtracetrack.url=" + url,
        "-Dtracetrack.user=postgres", "-Dtracetrack.target=zzzz"), "Unknown revision zzzz");
    assertEquals(0, Goals.run(fixture, settings, List.of("tracetrack:upgrade", "-Dtracetrack.url=" + url,
        "-Dtracetrack.user=postgres"), Map.of(), temp).exit());
    fixture.migration("M1_CreateAccount", ACCOUNT,
        "op.createTable(\"account\", column(\"id\", \"bigint\").primaryKey(), column(\"name\", \"varchar(80)\"));",
        "op.dropTable(\"account\");");
    failsTheBuild(fixture, url, settings, List.of("tracetrack:upgrade", "-Dtracetrack.url=" + url,
        "-Dtracetrack.user=postgres"), "An applied migration has changed since it ran:");
  }

  @Test
  void aGoalWaitsForTheLockAndGivesUpAfterItsTimeout() throws Exception {
    Fixture fixture = project();
    String url = SuiteServer.newDatabase("goal_locked");
    try (Connection other = SuiteServer.connect(url); Statement statement = other.createStatement()) {
      statement.execute("SELECT pg_advisory_lock(" + AdvisoryLock.KEY + ")");
      String out = failsTheBuild(fixture, url, Goals.settings(temp), List.of("tracetrack:upgrade",
          "-Dtracetrack.url=" + url, "-Dtracetrack.user=postgres", "-Dtracetrack.lockTimeout=1"),
          "Another migration run holds the lock on this database (held by postgres",
          "gave up after 1 s (tracetrack.lockTimeout)");
      assertTrue(out.contains("Another migration run holds the lock; waiting up to 1 s"), out);
    }
  }

  /**
   * Three goals on one database while the test holds the lock: each says that it waits (polled
   * in its output, no pause), then the lock is let go; exactly one applies the migrations and the
   * others report the work done.
   */
  @Test
  void goalsStartedTogetherWaitForEachOtherAndApplyEachMigrationOnce() throws Exception {
    Fixture fixture = CrashFixture.create(temp.resolve("crash"));
    String url = SuiteServer.newDatabase("goal_concurrent");
    Path settings = Goals.settings(temp);
    List<Process> processes = new ArrayList<>();
    List<File> logs = new ArrayList<>();
    try (Connection other = SuiteServer.connect(url); Statement statement = other.createStatement()) {
      statement.execute("SELECT pg_advisory_lock(" + AdvisoryLock.KEY + ")");
      for (int i = 0; i < 3; i++) {
        File log = Files.createTempFile(temp, "goal-" + i, ".log").toFile();
        logs.add(log);
        processes.add(Goals.start(fixture.copyTo(temp.resolve("copy" + i)), settings,
            List.of("tracetrack:upgrade", "-Dtracetrack.url=" + url, "-Dtracetrack.user=postgres"), Map.of(), log));
      }
      for (int i = 0; i < 3; i++) {
        Fixture.awaitOutput(processes.get(i), logs.get(i), "Another migration run holds the lock; waiting up to 60 s", 120);
      }
      assertEquals(List.of(), DatabaseState.versions(url), "nothing ran while the lock was held");
    }
    int didTheWork = 0;
    for (int i = 0; i < 3; i++) {
      assertTrue(processes.get(i).waitFor(120, TimeUnit.SECONDS), "goal " + i + " still running");
      String out = Files.readString(logs.get(i).toPath());
      assertEquals(0, processes.get(i).exitValue(), out);
      long steps = out.lines().filter(l -> l.contains("Running upgrade")).count();
      if (steps > 0) {
        assertEquals(CrashFixture.COUNT, steps, out);
        didTheWork++;
      } else {
        assertTrue(out.contains("Nothing to do: another run already did the work; the database is at "
            + CrashFixture.id(CrashFixture.COUNT)), out);
      }
    }
    assertEquals(1, didTheWork, "exactly one goal applies the migrations");
    assertEquals(List.of(String.valueOf(CrashFixture.COUNT)),
        DatabaseState.strings(url, "SELECT count(*) FROM tracetrack_history"), "each migration applied once");
  }

  /**
   * A goal killed (SIGKILL) after a random number of migrations (seed: {@code tracetrack.crashSeed})
   * leaves a consistent revision, and the next goal completes.
   */
  @Test
  void aKilledGoalLeavesAConsistentRevisionAndTheNextGoalCompletes() throws Exception {
    Fixture fixture = CrashFixture.create(temp.resolve("crash"));
    Path settings = Goals.settings(temp);
    long seed = Long.getLong("tracetrack.crashSeed", System.currentTimeMillis());
    Random random = new Random(seed);
    String url = SuiteServer.newDatabase("goal_crash");
    List<String> args = List.of("tracetrack:upgrade", "-Dtracetrack.url=" + url, "-Dtracetrack.user=postgres");
    File log = Files.createTempFile(temp, "crash", ".log").toFile();
    Process process = Goals.start(fixture, settings, args, Map.of(), log);
    int after = 1 + random.nextInt(CrashFixture.COUNT - 2);
    Fixture.awaitOutput(process, log, "-> " + CrashFixture.id(after) + ",", 120);
    process.destroyForcibly(); // SIGKILL on Linux and macOS: the mvn script execs the JVM
    process.waitFor();
    String context = "seed " + seed + ", killed after " + after + ":\n" + Files.readString(log.toPath());
    int applied = CrashTest.consistentRevision(url, context);
    assertTrue(applied >= after, context + "\napplied " + applied);
    Fixture.Result recovery = Goals.run(fixture, settings, args, Map.of(), temp);
    assertEquals(0, recovery.exit(), recovery.out());
    assertEquals(CrashFixture.COUNT, CrashTest.consistentRevision(url, "after recovery, " + context));
  }

  /**
   * The import and changelog goals resolve migration-import when they run: offline, with a local
   * repository that lacks it, the goal fails naming the artifact and itself, and writes nothing.
   */
  @Test
  void changelogWithoutTheImportLibraryOfflineNamesTheArtifact() throws Exception {
    Fixture fixture = project();
    Path settings = Goals.settings(temp);
    // A first goal fills the local repository with the plugin and what its forked compile needs.
    Fixture.Result heads = Goals.run(fixture, settings, List.of("tracetrack:heads"), Map.of(), temp);
    assertEquals(0, heads.exit(), heads.out());
    Path repository = withoutImportLibrary(Path.of(System.getProperty("tracetrack.it.localRepository")),
        temp.resolve("repository"));
    failsTheBuild(fixture, null, settings, List.of("-o", "-Dmaven.repo.local=" + repository, "tracetrack:changelog",
        "-Dtracetrack.changelogFile=target/changelog.xml"),
        "Cannot resolve io.tracetrack:migration-import:" + Goals.VERSION + ", which tracetrack:changelog needs");
    assertFalse(Files.exists(fixture.root.resolve("target/changelog.xml")), "a changelog was written");
  }

  /** A copy of a local repository (hard links where the file system has them) without io/tracetrack/migration-import. */
  private static Path withoutImportLibrary(Path repository, Path copy) throws Exception {
    Path left = repository.resolve("io/tracetrack/migration-import");
    try (var files = Files.walk(repository)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        Path target = copy.resolve(repository.relativize(file).toString());
        if (file.startsWith(left)) {
          continue;
        }
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          try {
            Files.createLink(target, file);
          } catch (UnsupportedOperationException | IOException e) {
            Files.copy(file, target);
          }
        }
      }
    }
    return copy;
  }
}
