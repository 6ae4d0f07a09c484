package io.tracetrack.migrations.core.check;

import io.tracetrack.migrations.core.MigrationException;
import io.tracetrack.migrations.core.check.Difference.Kind;
import io.tracetrack.migrations.core.db.DatabaseSettings;
import io.tracetrack.migrations.core.introspect.LiveSchemaComparison;
import io.tracetrack.migrations.core.introspect.SchemaDrift;
import io.tracetrack.migrations.core.loader.MigrationSet;
import io.tracetrack.migrations.core.revision.RevisionGraph;
import io.tracetrack.migrations.core.revision.RevisionInfo;
import io.tracetrack.migrations.core.runner.AppliedChecksums;
import io.tracetrack.migrations.core.runner.ChangedMigration;
import io.tracetrack.migrations.core.runner.VersionTable;
import io.tracetrack.migrations.core.schema.Schema;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The database half of {@code check}: the revision the database is at (unknown or behind the
 * head), applied migrations that changed, and drift between the live schema and the schema the
 * migrations give at the database's revision. Reads only: it changes nothing in the database.
 *
 * <p>Drift reuses {@link LiveSchemaComparison}: the live schema read from {@code pg_catalog}
 * against the schema the migrations give at the database's revision, expressions printed by
 * PostgreSQL on both sides (in temporary tables of a transaction that is rolled back).
 */
public final class DatabaseCheck {
  private final DatabaseSettings settings;

  public DatabaseCheck(DatabaseSettings settings) {
    this.settings = settings;
  }

  /** Every database-side difference; the notes list tells what could not be checked. */
  public List<Difference> check(MigrationSet migrations, List<String> notes) {
    try (Connection connection = settings.connect()) {
      RevisionGraph graph = migrations.graph();
      Set<String> heads = VersionTable.heads(connection);
      List<Difference> found = new ArrayList<>();
      Set<String> known = new TreeSet<>();
      for (String head : heads) {
        if (graph.isKnown(head)) {
          known.add(head);
        } else {
          found.add(new Difference(Kind.UNKNOWN_REVISION, "the database is at revision " + head
              + ", which no migration class declares"));
        }
      }
      Set<String> applied = graph.ancestry(known);
      for (RevisionInfo revision : graph.ordered()) {
        if (!applied.contains(revision.id())) {
          found.add(new Difference(Kind.PENDING, "revision " + revision.describe() + " (" + revision.origin()
              + ") is not applied"));
        }
      }
      for (ChangedMigration changed : AppliedChecksums.changed(connection, migrations, known)) {
        found.add(new Difference(Kind.CHANGED, changed.describe()));
      }
      if (known.size() == heads.size()) {
        String where = heads.isEmpty() ? "base (no migration applied)" : "revision " + String.join(", ", heads);
        drift(connection, migrations.schemaAt(known), where)
            .forEach(line -> found.add(new Difference(Kind.DRIFT, line)));
      } else {
        notes.add("Drift not checked: the database's revision is unknown");
      }
      return found;
    } catch (SQLException e) {
      throw new MigrationException("Cannot check the database at " + settings.describe() + ": " + e.getMessage(), e);
    }
  }

  /**
   * The live schema against the expected one, through the {@code introspect} package's catalog
   * reader and comparison (which lets PostgreSQL print expected expressions itself), one line each.
   */
  private static List<String> drift(Connection connection, Schema expected, String where) throws SQLException {
    SchemaDrift drift = LiveSchemaComparison.compare(connection, expected,
        Set.of(VersionTable.VERSION, VersionTable.HISTORY));
    return SchemaDifferences.describe(drift.expected(), "the migrations at " + where, drift.live(), "the database");
  }
}
