package io.tracetrack.migrations.imports.flyway;

import io.tracetrack.migrations.core.db.DatabaseSettings;
import io.tracetrack.migrations.core.testsupport.CatalogNormalForm;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.database.postgresql.PostgreSQLConfigurationExtension;

/** Flyway's own engine on a live database, and what the comparisons read back: the other side of each test. */
final class FlywayRun {
  static final List<String> BOOKKEEPING = List.of("flyway_schema_history", "tracetrack_version", "tracetrack_history");

  private FlywayRun() {}

  /** {@code flyway migrate} of a folder, up to {@code target} ({@code latest} for all). */
  static void migrate(DatabaseSettings database, Path folder, String target) {
    FluentConfiguration configuration = Flyway.configure()
        .dataSource(database.url(), "postgres", null)
        .locations("filesystem:" + folder.toAbsolutePath())
        .target(target);
    // Flyway's default lock keeps a transaction open, on which CREATE INDEX CONCURRENTLY waits forever.
    configuration.getConfigurationExtension(PostgreSQLConfigurationExtension.class).setTransactionalLock(false);
    configuration.load().migrate();
  }

  /** The schema as {@link CatalogNormalForm} prints it, without either tool's bookkeeping tables. */
  static List<String> schema(DatabaseSettings database) throws Exception {
    try (Connection connection = database.connect()) {
      return CatalogNormalForm.read(connection).stream()
          .filter(line -> BOOKKEEPING.stream().noneMatch(table -> line.contains("public." + table)))
          .toList();
    }
  }
}
