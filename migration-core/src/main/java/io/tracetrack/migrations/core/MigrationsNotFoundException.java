package io.tracetrack.migrations.core;

import io.tracetrack.migrations.core.loader.MigrationSource;
import java.util.Optional;
import java.util.Set;

/**
 * No migrations were found while the database records a revision: the migrations package is
 * wrong, or the command runs in a project that does not hold the migrations.
 */
public class MigrationsNotFoundException extends MigrationException {
  private final MigrationSource source;
  private final String database;
  private final Set<String> heads;

  /**
   * @param source where they were looked for, null when not known
   * @param database the database, as {@code DatabaseSettings.describe()} gives it
   * @param heads the revisions the database is at
   */
  public MigrationsNotFoundException(MigrationSource source, String database, Set<String> heads) {
    super(reason(source, database, heads) + ". Check the migrations package, or run in the project that holds"
        + " the migrations.");
    this.source = source;
    this.database = database;
    this.heads = Set.copyOf(heads);
  }

  /** Where they were looked for, when known. */
  public Optional<MigrationSource> source() {
    return Optional.ofNullable(source);
  }

  public Set<String> heads() {
    return heads;
  }

  /** What is wrong, without advice: "No migrations found in package X (searched D), but the database ... is at revision R". */
  public String reason() {
    return reason(source, database, heads);
  }

  private static String reason(MigrationSource source, String database, Set<String> heads) {
    String where = source == null ? "No migrations found" : source.noneFound();
    return where + ", but the database " + database + " is at revision " + String.join(", ", new java.util.TreeSet<>(heads));
  }
}
