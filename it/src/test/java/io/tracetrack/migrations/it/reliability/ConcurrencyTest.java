package io.tracetrack.migrations.it.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Eight upgrade processes started at once against one database: every migration is applied exactly
 * once, and every process ends successfully, either having done the work or having waited and
 * reported that it was done. Through the real goal, with the waiting observed:
 * {@link GoalsTest#goalsStartedTogetherWaitForEachOtherAndApplyEachMigrationOnce}.
 */
class ConcurrencyTest {
  private static final int PROCESSES = 8;

  @TempDir
  Path temp;

  @Test
  void eightUpgradesAtOnceApplyEachMigrationExactlyOnce() throws Exception {
    Fixture fixture = CrashFixture.create(temp.resolve("project"));
    String url = SuiteServer.newDatabase("concurrent");
    List<Process> processes = new ArrayList<>();
    List<File> logs = new ArrayList<>();
    for (int i = 0; i < PROCESSES; i++) {
      File log = Files.createTempFile(temp, "upgrade-" + i, ".log").toFile();
      logs.add(log);
      processes.add(Fixture.start(fixture.args("upgrade", "--url", url, "--user", "postgres"), Map.of(), log));
    }
    int didTheWork = 0;
    int ranSteps = 0;
    int waiters = 0;
    for (int i = 0; i < PROCESSES; i++) {
      assertTrue(processes.get(i).waitFor(120, TimeUnit.SECONDS), "process " + i + " still running");
      String out = Files.readString(logs.get(i).toPath());
      String err = Files.readString(Path.of(logs.get(i).getPath() + ".err"));
      assertEquals(0, processes.get(i).exitValue(), "process " + i + ":\n" + out + err);
      long steps = out.lines().filter(l -> l.startsWith("Running upgrade")).count();
      ranSteps += (int) steps;
      if (steps > 0) {
        didTheWork++;
      } else {
        // It waited for the lock and was told the work was done, or (started late) found it done.
        boolean waited = out.contains("Another migration run holds the lock; waiting up to 60 s (the lock timeout); it is held by postgres")
            && out.contains("Nothing to do: another run already did the work; the database is at " + CrashFixture.id(8));
        boolean late = out.contains("Nothing to do: the database is at " + CrashFixture.id(8));
        assertTrue(waited || late, "process " + i + " neither did the work nor reported it done:\n" + out + err);
        waiters += waited ? 1 : 0;
      }
    }
    assertEquals(1, didTheWork, "exactly one process applies the migrations");
    assertTrue(waiters >= 1, "at least one process waited for the lock");
    assertEquals(CrashFixture.COUNT, ranSteps);
    assertEquals(List.of(CrashFixture.id(8)), DatabaseState.versions(url));
    List<String> perRevision = DatabaseState.strings(url,
        "SELECT revision || ' ' || count(*) FROM tracetrack_history GROUP BY revision ORDER BY revision");
    List<String> once = new ArrayList<>();
    for (int k = 1; k <= CrashFixture.COUNT; k++) {
      once.add(CrashFixture.id(k) + " 1");
    }
    assertEquals(once, perRevision, "each migration applied exactly once");
    for (int k = 1; k <= CrashFixture.COUNT; k++) {
      assertEquals(List.of(String.valueOf(CrashFixture.ROWS)), DatabaseState.strings(url, "SELECT count(*) FROM t" + k));
    }
  }
}
