package io.tracetrack.migrations.core.schema;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A foreign key: {@code columns} of its table reference {@code referencedColumns} of {@code
 * referencedTable}, in order; {@code onDelete} and {@code onUpdate} are the referential actions in
 * SQL spelling ({@code NO ACTION}, {@code RESTRICT}, {@code CASCADE}, {@code SET NULL}, {@code SET DEFAULT});
 * {@code match} is {@code SIMPLE} (PostgreSQL's default) or {@code FULL}; {@code deferrable} and
 * {@code initiallyDeferred} say when the key is checked ({@code DEFERRABLE INITIALLY DEFERRED}: at commit).
 */
public record ForeignKey(String name, List<String> columns, String referencedTable, List<String> referencedColumns,
    String onDelete, String onUpdate, String match, boolean deferrable, boolean initiallyDeferred) {

  public static final String NO_ACTION = "NO ACTION";
  public static final String MATCH_SIMPLE = "SIMPLE";
  public static final String MATCH_FULL = "FULL";
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
    match = match == null || match.isBlank() ? MATCH_SIMPLE : match.trim().toUpperCase(Locale.ROOT);
    if (!match.equals(MATCH_SIMPLE) && !match.equals(MATCH_FULL)) {
      throw new IllegalArgumentException("foreign key " + name + ": \"" + match + "\" is not a match type; use SIMPLE or FULL");
    }
    if (initiallyDeferred && !deferrable) {
      throw new IllegalArgumentException("foreign key " + name + " is initially deferred but not deferrable");
    }
  }

  /** A key checked at once, {@code MATCH SIMPLE}. */
  public ForeignKey(String name, List<String> columns, String referencedTable, List<String> referencedColumns,
      String onDelete, String onUpdate) {
    this(name, columns, referencedTable, referencedColumns, onDelete, onUpdate, MATCH_SIMPLE, false, false);
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
    return new ForeignKey(newName, columns, referencedTable, referencedColumns, onDelete, onUpdate, match, deferrable,
        initiallyDeferred);
  }

  public ForeignKey withReferencedTable(String table) {
    return new ForeignKey(name, columns, table, referencedColumns, onDelete, onUpdate, match, deferrable, initiallyDeferred);
  }

  /** This key with its own and its referenced columns replaced. */
  public ForeignKey withColumns(List<String> newColumns, List<String> newReferencedColumns) {
    return new ForeignKey(name, newColumns, referencedTable, newReferencedColumns, onDelete, onUpdate, match, deferrable,
        initiallyDeferred);
  }

  /** This key with a match type and deferral. */
  public ForeignKey withChecking(String newMatch, boolean isDeferrable, boolean isInitiallyDeferred) {
    return new ForeignKey(name, columns, referencedTable, referencedColumns, onDelete, onUpdate, newMatch, isDeferrable,
        isInitiallyDeferred);
  }
}
