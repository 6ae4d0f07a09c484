package io.tracetrack.migrations.imports;

import java.util.List;
import java.util.Objects;

/**
 * One unit of an imported history (a Liquibase changeset, a Flyway script): who wrote it and
 * where, its changes in order, and the rollback its author wrote ({@code null} when none was, so
 * that the downgrade is derived or the unit is irreversible). {@code key} is how the tool's own
 * table names the unit once applied (a Liquibase changeset's {@code filename::id::author}, a
 * Flyway version), which {@code upgrade} matches to adopt a database; {@code transactional} is
 * false for a unit with a statement PostgreSQL refuses inside a transaction.
 */
public record ImportedUnit(String id, String author, String file, String comment, List<ImportedChange> changes,
    List<ImportedChange> rollback, String key, boolean transactional) {

  public ImportedUnit {
    Objects.requireNonNull(id, "id == null");
    Objects.requireNonNull(file, "file == null");
    Objects.requireNonNull(key, "key == null");
    changes = List.copyOf(changes);
    rollback = rollback == null ? null : List.copyOf(rollback);
  }

  /** A Liquibase changeset, keyed as {@code databasechangelog} records it. */
  public ImportedUnit(String id, String author, String file, String comment, List<ImportedChange> changes,
      List<ImportedChange> rollback) {
    this(id, author, file, comment, changes, rollback, file + "::" + id + "::" + author, true);
  }

  /** How messages name it: {@code 001-person by alice (db/changes/001.xml)}. */
  public String describe() {
    return id + (author == null || author.isBlank() ? "" : " by " + author) + " (" + file + ")";
  }
}
