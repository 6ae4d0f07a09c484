package io.tracetrack.migrations.imports.flyway;

import io.tracetrack.migrations.core.MigrationException;
import io.tracetrack.migrations.core.MigrationLog;
import io.tracetrack.migrations.core.db.DatabaseSettings;
import io.tracetrack.migrations.core.loader.MigrationSet;
import io.tracetrack.migrations.core.runner.MigrationRunner;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Two scratch databases on a server, {@code tracetrack_import_<id>_source} and {@code _target},
 * each at the schema the project's existing migrations build, dropped on {@link #close()}: the
 * import runs the scripts as written in one and the migrations it writes in the other.
 */
final class ScratchDatabases implements AutoCloseable {
  private final DatabaseSettings server;
  private final List<String> names = new ArrayList<>();
  private final List<LiveDatabase> open = new ArrayList<>();

  private ScratchDatabases(DatabaseSettings server) {
    this.server = server;
  }

  /** Creates both, and upgrades them to the head of {@code existing} when it has one. */
  static ScratchDatabases create(DatabaseSettings server, MigrationSet existing) {
    ScratchDatabases scratch = new ScratchDatabases(server);
    String prefix = "tracetrack_import_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    try {
      scratch.add(prefix + "_source", existing);
      scratch.add(prefix + "_target", existing);
      return scratch;
    } catch (RuntimeException e) {
      scratch.close();
      throw e;
    }
  }

  LiveDatabase source() {
    return open.get(0);
  }

  LiveDatabase target() {
    return open.get(1);
  }

  private void add(String name, MigrationSet existing) {
    try (Connection connection = server.connect(); Statement statement = connection.createStatement()) {
      statement.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new MigrationException("Cannot import the Flyway scripts: the import runs them in scratch databases on "
          + server.describe() + ", and CREATE DATABASE failed (" + e.getMessage() + "); nothing was written."
          + " Use a role with CREATEDB", e);
    }
    names.add(name);
    DatabaseSettings database = server.withDatabase(name);
    String head = existing == null ? null : existing.graph().head();
    if (head != null) {
      new MigrationRunner(database, Duration.ofSeconds(10), MigrationLog.silent()).upgrade(existing, head);
    }
    open.add(LiveDatabase.open(database));
  }

  @Override
  public void close() {
    open.forEach(LiveDatabase::close);
    if (names.isEmpty()) {
      return;
    }
    try (Connection connection = server.connect(); Statement statement = connection.createStatement()) {
      for (String name : names) {
        statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
      }
    } catch (SQLException e) {
      throw new MigrationException("Cannot drop the import's scratch databases " + String.join(", ", names) + " on "
          + server.describe() + ": " + e.getMessage() + "; drop them by hand", e);
    }
  }
}
