package io.tracetrack.migrations.imports;

import io.tracetrack.migrations.core.operation.Operation;
import java.util.List;
import java.util.Objects;

/**
 * One change of an imported unit, in two forms: the typed operations it maps to (empty when no
 * operation says what it does), and the SQL the source tool itself would run for it on PostgreSQL,
 * which is what a migration runs when the typed form cannot be used. {@code undoSql} is the source
 * tool's own inverse, or null when it has none; {@code note}, when not null, is a comment for the
 * reviewer above the typed form (above the SQL when the change has no typed form).
 */
public record ImportedChange(String kind, List<Operation> typed, List<String> sql, List<String> undoSql, String note) {

  public ImportedChange {
    Objects.requireNonNull(kind, "kind == null");
    typed = List.copyOf(typed);
    sql = List.copyOf(sql);
    undoSql = undoSql == null ? null : List.copyOf(undoSql);
  }

  public ImportedChange(String kind, List<Operation> typed, List<String> sql, List<String> undoSql) {
    this(kind, typed, sql, undoSql, null);
  }

  public boolean isTyped() {
    return !typed.isEmpty();
  }
}
