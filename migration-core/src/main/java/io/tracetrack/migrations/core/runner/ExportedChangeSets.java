package io.tracetrack.migrations.core.runner;

/**
 * The contract between {@code tracetrack:changelog} and adoption: each revision is exported as a
 * Liquibase changeSet whose id is the revision id and whose author is {@link #AUTHOR}, so that the
 * rows {@code liquibase update} writes to {@code databasechangelog} name the revisions applied.
 */
public final class ExportedChangeSets {
  /** The author of every exported changeSet. */
  public static final String AUTHOR = "tracetrack";

  private ExportedChangeSets() {}
}
