package io.tracetrack.migrations.core.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tracetrack.migrations.core.MigrationLog;
import io.tracetrack.migrations.core.db.EmbeddedDatabaseBusyException;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run killed with SIGKILL while it uses the embedded database leaves its PostgreSQL server
 * running; the next run stops that server and goes on with the same data. A server that a live run
 * is using is left alone. Each run is a real child JVM ({@link EmbeddedDatabaseHolder}).
 */
class EmbeddedDatabaseLeftoverTest {

  @TempDir
  Path temp;

  private final List<Process> children = new ArrayList<>();

  @AfterEach
  void stopChildren() throws Exception {
    for (Process child : children) {
      child.destroyForcibly();
      child.waitFor(30, TimeUnit.SECONDS);
    }
    // Never leave a server behind for the next test, whatever happened.
    Path data = temp.resolve("pgdata");
    Optional<ProcessHandle> left = LeftoverServer.running(data);
    if (left.isPresent()) {
      left.get().destroyForcibly();
      left.get().onExit().get(30, TimeUnit.SECONDS);
    }
  }

  /** Starts a holder on the data folder and waits for it to say it is ready. */
  private Process holder(Path data, String note) throws Exception {
    List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
        System.getProperty("java.class.path"), EmbeddedDatabaseHolder.class.getName(), data.toString(), note);
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    children.add(process);
    BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    StringBuilder seen = new StringBuilder();
    // readLine blocks until the holder prints; the holder ends (and the loop with it) if it fails.
    for (String line = out.readLine(); line != null; line = out.readLine()) {
      if (line.equals("ready")) {
        return process;
      }
      seen.append(line).append('\n');
    }
    throw new AssertionError("the holder ended before it was ready:\n" + seen);
  }

  @Test
  void theNextRunStopsTheServerAKilledRunLeftAndKeepsTheData() throws Exception {
    Path data = temp.resolve("pgdata");
    Process killed = holder(data, "before the kill");
    long childPid = killed.pid();
    killed.destroyForcibly(); // SIGKILL: the holder cannot stop its server
    assertTrue(killed.waitFor(30, TimeUnit.SECONDS));
    Optional<ProcessHandle> leftover = LeftoverServer.running(data);
    assertTrue(leftover.isPresent(), "the killed run (pid " + childPid + ") left no server: nothing to test");
    long serverPid = leftover.get().pid();

    List<String> said = new ArrayList<>();
    try (EmbeddedDatabase database = EmbeddedDatabase.start(data, null, collect(said))) {
      assertEquals(List.of("Stopping the embedded PostgreSQL server (pid " + serverPid + ") that an earlier run left"
          + " running in " + data), said);
      assertFalse(serving(serverPid), "the old server still runs");
      try (Connection connection = database.settings().connect(); Statement statement = connection.createStatement();
          ResultSet rows = statement.executeQuery("SELECT note FROM kept")) {
        assertTrue(rows.next());
        assertEquals("before the kill", rows.getString(1));
      }
    }
    assertTrue(LeftoverServer.running(data).isEmpty(), "close() left a server running");
  }

  @Test
  void aServerALiveRunIsUsingIsLeftAlone() throws Exception {
    Path data = temp.resolve("pgdata");
    holder(data, "live");
    long serverPid = LeftoverServer.running(data).orElseThrow().pid();
    EmbeddedDatabaseBusyException e = assertThrows(EmbeddedDatabaseBusyException.class,
        () -> EmbeddedDatabase.start(data, null, collect(new ArrayList<>())));
    assertEquals("The embedded PostgreSQL in " + data + " is in use by another build (server pid " + serverPid + ")",
        e.reason());
    assertEquals(e.reason() + ": wait for it to finish, or give a JDBC URL to use a server of your own", e.getMessage());
    assertTrue(serving(serverPid), "a live run's server was stopped");
  }

  @Test
  void aStalePidFileIsNoServer() throws Exception {
    Path data = temp.resolve("pgdata");
    Files.createDirectories(data);
    Files.writeString(data.resolve("postmaster.pid"), "999999999\n" + data + "\n");
    assertTrue(LeftoverServer.running(data).isEmpty());
  }

  /** A live postgres process; one that exited may linger as a zombie (no command) until reaped. */
  private static boolean serving(long pid) {
    return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).flatMap(p -> p.info().command())
        .map(command -> command.endsWith("postgres")).orElse(false);
  }

  private static MigrationLog collect(List<String> said) {
    return new MigrationLog() {
      @Override
      public void info(String message) {
        said.add(message);
      }

      @Override
      public void warn(String message) {
        said.add("WARNING: " + message);
      }
    };
  }
}
