package io.tracetrack.migrations.core.exchange;

import io.tracetrack.migrations.core.MigrationLog;
import io.tracetrack.migrations.core.codegen.NewMigration;
import io.tracetrack.migrations.core.db.DatabaseAccess;
import io.tracetrack.migrations.core.loader.MigrationSet;
import java.util.List;

/** Another tool's history, read and ready to be written as migration classes. */
public interface ForeignHistory {

  /** The tool that kept it: {@code liquibase} or {@code flyway}. */
  String tool();

  /** Where it was read from, for messages. */
  String source();

  /**
   * Writes the history as migrations after the head of {@code existing}, one per unit (changeset
   * or script) or, with {@code perFile}, one per changelog file; nothing when any unit cannot be
   * imported. What was read only approximately is told to {@code log} as warnings.
   *
   * @param database where SQL scripts are run in scratch databases to learn what they build;
   *     used only by histories of SQL scripts
   */
  List<ImportedMigration> write(MigrationSet existing, NewMigration target, boolean perFile, DatabaseAccess database,
      MigrationLog log);
}
