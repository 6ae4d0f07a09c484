package io.tracetrack.migrations.imports;

import java.util.List;
import java.util.Objects;

/**
 * One unit of an imported history (a Liquibase changeset, a Flyway script): who wrote it and
 * where, its changes in order, and the rollback its author wrote ({@code null} when none was, so
 * that the downgrade is derived or the unit is irreversible).
 */
public record ImportedUnit(String id, String author, String file, String comment, List<ImportedChange> changes,
    List<ImportedChange> rollback) {

  public ImportedUnit {
    Objects.requireNonNull(id, "id == null");
    Objects.requireNonNull(file, "file == null");
    changes = List.copyOf(changes);
    rollback = rollback == null ? null : List.copyOf(rollback);
  }

  /** How messages name it: {@code 001-person by alice (db/changes/001.xml)}. */
  public String describe() {
    return id + (author == null || author.isBlank() ? "" : " by " + author) + " (" + file + ")";
  }
}
