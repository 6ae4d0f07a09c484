package io.tracetrack.migrations;

import io.tracetrack.migrations.entity.ForeignKey.Action;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A foreign key as a migration declares it:
 * {@code foreignKey("fk_post_user_id_user", "user_id").references("user", "id").onDelete(ForeignKey.Action.CASCADE)}
 * (the entity annotation's {@link Action}).
 * Immutable; each method returns a changed copy.
 */
public final class ForeignKeyDef {
  private final String name;
  private final List<String> columns;
  private final String referencedTable;
  private final List<String> referencedColumns;
  private final String onDelete;
  private final String onUpdate;
  private final boolean matchFull;
  private final boolean deferrable;
  private final boolean initiallyDeferred;

  private ForeignKeyDef(String name, List<String> columns, String referencedTable, List<String> referencedColumns,
      String onDelete, String onUpdate) {
    this(name, columns, referencedTable, referencedColumns, onDelete, onUpdate, false, false, false);
  }

  private ForeignKeyDef(String name, List<String> columns, String referencedTable, List<String> referencedColumns,
      String onDelete, String onUpdate, boolean matchFull, boolean deferrable, boolean initiallyDeferred) {
    this.name = name;
    this.columns = List.copyOf(columns);
    this.referencedTable = referencedTable;
    this.referencedColumns = List.copyOf(referencedColumns);
    this.onDelete = onDelete;
    this.onUpdate = onUpdate;
    this.matchFull = matchFull;
    this.deferrable = deferrable;
    this.initiallyDeferred = initiallyDeferred;
  }

  private ForeignKeyDef with(String delete, String update) {
    return new ForeignKeyDef(name, columns, referencedTable, referencedColumns, delete, update, matchFull, deferrable,
        initiallyDeferred);
  }

  /** A foreign key over the given columns of the table it is added to; say what it references with {@link #references}. */
  public static ForeignKeyDef foreignKey(String name, String... columns) {
    Objects.requireNonNull(name, "name == null");
    return new ForeignKeyDef(name, Arrays.asList(columns), null, List.of(), "NO ACTION", "NO ACTION");
  }

  /** This key referencing columns of a table ({@code schema.table} outside {@code public}), in the same order as its own. */
  public ForeignKeyDef references(String table, String... columns) {
    Objects.requireNonNull(table, "table == null");
    return new ForeignKeyDef(name, this.columns, table, Arrays.asList(columns), onDelete, onUpdate, matchFull, deferrable,
        initiallyDeferred);
  }

  /** This key as {@code MATCH FULL}: a row passes with all its key columns null or none. */
  public ForeignKeyDef matchFull() {
    return new ForeignKeyDef(name, columns, referencedTable, referencedColumns, onDelete, onUpdate, true, deferrable,
        initiallyDeferred);
  }

  /** This key as {@code DEFERRABLE}: a transaction may put its check off to commit. */
  public ForeignKeyDef deferrable() {
    return new ForeignKeyDef(name, columns, referencedTable, referencedColumns, onDelete, onUpdate, matchFull, true,
        initiallyDeferred);
  }

  /** This key as {@code DEFERRABLE INITIALLY DEFERRED}: checked at commit unless a transaction asks otherwise. */
  public ForeignKeyDef initiallyDeferred() {
    return new ForeignKeyDef(name, columns, referencedTable, referencedColumns, onDelete, onUpdate, matchFull, true, true);
  }

  /** The action on delete of a referenced row; {@link Action#NO_ACTION} unless set. */
  public ForeignKeyDef onDelete(Action action) {
    return with(sql(action), onUpdate);
  }

  /** The action on update of a referenced key; {@link Action#NO_ACTION} unless set. */
  public ForeignKeyDef onUpdate(Action action) {
    return with(onDelete, sql(action));
  }

  /**
   * The action on delete of a referenced row in SQL spelling: {@code NO ACTION}, {@code RESTRICT},
   * {@code CASCADE}, {@code SET NULL}, {@code SET DEFAULT}.
   *
   * @deprecated name the action with {@link Action}
   */
  @Deprecated
  public ForeignKeyDef onDelete(String action) {
    return with(action, onUpdate);
  }

  /**
   * The action on update of a referenced key in SQL spelling, as for {@link #onDelete(String)}.
   *
   * @deprecated name the action with {@link Action}
   */
  @Deprecated
  public ForeignKeyDef onUpdate(String action) {
    return with(onDelete, action);
  }

  private static String sql(Action action) {
    Objects.requireNonNull(action, "action == null");
    return action.name().replace('_', ' ');
  }

  public String name() {
    return name;
  }

  public List<String> columns() {
    return columns;
  }

  /** The referenced table, or null until {@link #references} is called. */
  public String referencedTable() {
    return referencedTable;
  }

  public List<String> referencedColumns() {
    return referencedColumns;
  }

  /** The action on delete, in SQL spelling ({@code SET NULL}). */
  public String onDelete() {
    return onDelete;
  }

  /** The action on update, in SQL spelling. */
  public String onUpdate() {
    return onUpdate;
  }

  public boolean isMatchFull() {
    return matchFull;
  }

  public boolean isDeferrable() {
    return deferrable;
  }

  public boolean isInitiallyDeferred() {
    return initiallyDeferred;
  }
}
