package io.tracetrack.migrations.core.runner;

import io.tracetrack.migrations.core.loader.LoadedMigration;
import io.tracetrack.migrations.core.loader.MigrationChecksum;
import io.tracetrack.migrations.core.loader.MigrationSet;
import io.tracetrack.migrations.core.revision.RevisionGraph;
import io.tracetrack.migrations.core.revision.RevisionInfo;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares the checksums the history recorded for applied revisions with their migrations as
 * written now. A checksum recorded in the earlier form (over the SQL that the migration's
 * operations rendered) is compared in that form; when it still matches, the row can be moved to
 * the current form ({@link Verification#outdated}) without anyone running repair.
 */
public final class AppliedChecksums {

  private AppliedChecksums() {}

  /**
   * What the history says about the applied revisions (the ancestry of {@code heads}), in graph
   * order.
   *
   * @param changed revisions whose migration no longer matches the checksum last recorded for it
   * @param outdated history rows in the earlier checksum form that still match: row id to the
   *     checksum in the current form
   * @param unverifiable revisions with a recorded checksum whose migration has none to compare
   */
  public record Verification(List<ChangedMigration> changed, Map<Long, String> outdated, List<RevisionInfo> unverifiable) {}

  /** The applied revisions whose migration no longer matches its recorded checksum. */
  public static List<ChangedMigration> changed(Connection connection, MigrationSet migrations, Set<String> heads)
      throws SQLException {
    return verify(connection, migrations, heads).changed();
  }

  /**
   * Whether every applied revision (the ancestry of {@code heads}) has its migration's current
   * checksum as its accepted one, and no other revision has one: then {@link #verify} would find
   * nothing changed, outdated or unverifiable, and the history need not be read row by row. False
   * says only that the rows must be compared (a stamped revision has no checksum, say).
   *
   * @param acceptedDigest the server's {@link ChecksumDigest} of the accepted checksums; null when
   *     the database has no history
   */
  static boolean allMatch(MigrationSet migrations, Set<String> heads, String acceptedDigest) {
    if (acceptedDigest == null || !heads.stream().allMatch(migrations.graph()::isKnown)) {
      return false;
    }
    Map<String, String> expected = new HashMap<>();
    for (String revision : migrations.graph().ancestry(heads)) {
      String checksum = migrations.get(revision).checksum();
      if (checksum != null) {
        expected.put(revision, checksum);
      }
    }
    return acceptedDigest.equals(ChecksumDigest.of(expected));
  }

  /**
   * Checks every applied revision with a recorded checksum. Revisions without one (stamped, or
   * applied by a version that kept none) and revisions no class declares are left out.
   */
  public static Verification verify(Connection connection, MigrationSet migrations, Set<String> heads)
      throws SQLException {
    RevisionGraph graph = migrations.graph();
    Map<String, VersionTable.Checksum> recorded = VersionTable.recordedChecksums(connection);
    Map<RevisionInfo, VersionTable.Checksum> differing = new LinkedHashMap<>();
    Map<Long, String> outdated = new java.util.TreeMap<>();
    List<RevisionInfo> unverifiable = new ArrayList<>();
    Set<String> applied = graph.ancestry(heads.stream().filter(graph::isKnown).toList());
    for (RevisionInfo revision : graph.ordered()) {
      VersionTable.Checksum row = recorded.get(revision.id());
      if (row == null || !applied.contains(revision.id())) {
        continue;
      }
      LoadedMigration migration = migrations.get(revision.id());
      String now = migration.checksum();
      boolean matches;
      if (MigrationChecksum.isCurrentForm(row.checksum())) {
        if (now == null) {
          unverifiable.add(revision);
          continue;
        }
        matches = now.equals(row.checksum());
      } else {
        matches = Checksums.of(migration.upgradeOperations(), migration.downgradeOperations()).equals(row.checksum());
        if (matches && now != null) {
          outdated.put(row.id(), now);
        }
      }
      if (!matches) {
        differing.put(revision, row);
      }
    }
    // Who applied a changed migration, and when, is read only for the few that changed.
    Map<Long, VersionTable.Recorded> rows = VersionTable.recorded(connection,
        differing.values().stream().map(VersionTable.Checksum::id).toList());
    List<ChangedMigration> changed = new ArrayList<>();
    differing.forEach((revision, row) -> changed.add(
        new ChangedMigration(revision, rows.get(row.id()), migrations.get(revision.id()).checksum())));
    return new Verification(changed, outdated, unverifiable);
  }
}
