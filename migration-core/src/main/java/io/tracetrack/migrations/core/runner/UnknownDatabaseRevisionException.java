package io.tracetrack.migrations.core.runner;

import io.tracetrack.migrations.core.MigrationException;

/** The database is at a revision that no migration class declares: a class is missing, or the package is wrong. */
public class UnknownDatabaseRevisionException extends MigrationException {
  private final String revision;

  public UnknownDatabaseRevisionException(String revision) {
    super("The database is at revision " + revision
        + ", which no migration class declares: restore the migration, or stamp the database to a known revision");
    this.revision = revision;
  }

  /** The revision the version table names. */
  public String revision() {
    return revision;
  }
}
