package io.tracetrack.migrations.imports;

import io.tracetrack.migrations.core.MigrationLog;
import io.tracetrack.migrations.core.codegen.NewMigration;
import io.tracetrack.migrations.core.db.DatabaseAccess;
import io.tracetrack.migrations.core.exchange.ForeignHistory;
import io.tracetrack.migrations.core.exchange.HistoryExchange;
import io.tracetrack.migrations.core.exchange.ImportedMigration;
import io.tracetrack.migrations.core.loader.MigrationSet;
import io.tracetrack.migrations.core.schema.Schema;
import io.tracetrack.migrations.imports.flyway.FlywayTyping;
import io.tracetrack.migrations.imports.liquibase.ChangelogExport;
import java.nio.file.Path;
import java.util.List;

/** This module as the import and changelog goals load it: a {@link java.util.ServiceLoader} service. */
public final class ExchangeService implements HistoryExchange {

  @Override
  public ForeignHistory liquibase(Path projectDir, Path changelog, Path searchPath, String contexts, String labels) {
    return new Read(HistorySources.liquibase(projectDir, changelog, searchPath, contexts, labels), false);
  }

  @Override
  public String flywayFolder(String location) {
    return HistorySources.flywayFolder(location);
  }

  @Override
  public ForeignHistory flyway(Path projectDir, String folder) {
    return new Read(HistorySources.flyway(projectDir, folder), true);
  }

  @Override
  public String changelog(MigrationSet migrations, String range, String logicalFile) {
    return ChangelogExport.xml(migrations, range, logicalFile);
  }

  /** @param sqlScripts whether its units are SQL, which PostgreSQL must type before they are written */
  private record Read(ImportedHistory history, boolean sqlScripts) implements ForeignHistory {

    @Override
    public String tool() {
      return history.tool();
    }

    @Override
    public String source() {
      return history.source();
    }

    @Override
    public List<ImportedMigration> write(MigrationSet existing, NewMigration target, boolean perFile,
        DatabaseAccess database, MigrationLog log) {
      Schema start = existing.schemaAt(null);
      ImportedHistory imported = sqlScripts
          ? database.with(server -> new FlywayTyping(server, log).type(history, start, existing))
          : history;
      imported.notes().forEach(log::warn);
      return new ImportWriter(target, perFile).write(imported, start, existing.graph().head()).stream()
          .map(w -> new ImportedMigration(w.file(), w.revision(), w.irreversible()))
          .toList();
    }
  }
}
