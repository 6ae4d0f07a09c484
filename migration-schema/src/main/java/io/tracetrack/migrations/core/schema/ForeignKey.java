package io.tracetrack.migrations.core.schema;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A foreign key: {@code columns} of its table reference {@code referencedColumns} of {@code
 * referencedTable}, in order; {@code onDelete} and {@code onUpdate} are the referential actions in
 * SQL spelling ({@code NO ACTION}, {@code RESTRICT}, {@code CASCADE}, {@code SET NULL}, {@code SET DEFAULT}).
 */
public record ForeignKey(String name, List<String> columns, String referencedTable, List<String> referencedColumns,
    String onDelete, String onUpdate) {

  public static final String NO_ACTION = "NO ACTION";
  private static final Set<String> ACTIONS = Set.of(NO_ACTION, "RESTRICT", "CASCADE", "SET NULL", "SET DEFAULT");

  public ForeignKey {
    Objects.requireNonNull(name, "name == null");
    Objects.requireNonNull(referencedTable, "referencedTable == null");
    columns = List.copyOf(columns);
    referencedColumns = List.copyOf(referencedColumns);
    if (columns.isEmpty() || columns.size() != referencedColumns.size()) {
      throw new IllegalArgumentException("foreign key " + name + " must name as many columns as it references, one or more");
    }
    onDelete = action(onDelete);
    onUpdate = action(onUpdate);
  }

  /** The canonical spelling of a referential action; null or blank is {@code NO ACTION}. */
  public static String action(String action) {
    if (action == null || action.isBlank()) {
      return NO_ACTION;
    }
    String normal = action.trim().toUpperCase(Locale.ROOT).replace('_', ' ').replaceAll("\\s+", " ");
    if (!ACTIONS.contains(normal)) {
      throw new IllegalArgumentException("\"" + action + "\" is not a referential action; use one of " + ACTIONS);
    }
    return normal;
  }

  public ForeignKey withName(String newName) {
    return new ForeignKey(newName, columns, referencedTable, referencedColumns, onDelete, onUpdate);
  }

  public ForeignKey withReferencedTable(String table) {
    return new ForeignKey(name, columns, table, referencedColumns, onDelete, onUpdate);
  }
}
