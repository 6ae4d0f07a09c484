package io.tracetrack.migrations.core.runner;

import io.tracetrack.migrations.core.loader.LoadedMigration;
import io.tracetrack.migrations.core.loader.MigrationSet;
import io.tracetrack.migrations.core.revision.RevisionGraph;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Compares the checksums the history recorded for applied revisions with what their classes record now. */
public final class AppliedChecksums {

  private AppliedChecksums() {}

  /** The checksum of a migration as its class stands: over both directions' recorded operations. */
  public static String of(LoadedMigration migration) {
    return Checksums.of(migration.upgradeOperations(), migration.downgradeOperations());
  }

  /**
   * The applied revisions (the ancestry of {@code heads}) whose class no longer matches the
   * checksum last recorded for them, in graph order. Revisions without a recorded checksum (stamped,
   * or applied by a version that kept none) and revisions no class declares are left out.
   */
  public static List<ChangedMigration> changed(Connection connection, MigrationSet migrations, Set<String> heads)
      throws SQLException {
    RevisionGraph graph = migrations.graph();
    Map<String, VersionTable.Recorded> recorded = VersionTable.recordedChecksums(connection);
    List<ChangedMigration> changed = new ArrayList<>();
    if (recorded.isEmpty()) {
      return changed;
    }
    Set<String> applied = graph.ancestry(heads.stream().filter(graph::isKnown).toList());
    for (var revision : graph.ordered()) {
      VersionTable.Recorded row = recorded.get(revision.id());
      if (row == null || !applied.contains(revision.id())) {
        continue;
      }
      String now = of(migrations.get(revision.id()));
      if (!now.equals(row.checksum())) {
        changed.add(new ChangedMigration(revision, row, now));
      }
    }
    return changed;
  }
}
