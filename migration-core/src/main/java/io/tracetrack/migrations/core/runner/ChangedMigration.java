package io.tracetrack.migrations.core.runner;

import io.tracetrack.migrations.core.revision.RevisionInfo;

/**
 * An applied migration that, as written now, no longer gives the checksum the database recorded
 * when it ran it.
 *
 * @param revision the revision, as its class declares it now
 * @param recorded the history row the database last accepted for it
 * @param currentChecksum the checksum of the migration as written today; null when it has none
 */
public record ChangedMigration(RevisionInfo revision, VersionTable.Recorded recorded, String currentChecksum) {

  /** One line for messages: the revision, its class, who applied it when, both checksums (short). */
  public String describe() {
    return revision.describe() + " (" + revision.origin() + "): applied " + recorded.describe()
        + "; checksum then " + shorten(recorded.checksum()) + ", now " + shorten(currentChecksum);
  }

  private static String shorten(String checksum) {
    if (checksum == null) {
      return "unknown";
    }
    return checksum.length() > 12 ? checksum.substring(0, 12) : checksum;
  }
}
