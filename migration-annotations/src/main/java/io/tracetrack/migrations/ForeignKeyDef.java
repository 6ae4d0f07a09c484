package io.tracetrack.migrations;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A foreign key as a migration declares it:
 * {@code foreignKey("fk_post_user_id_user", "user_id").references("user", "id").onDelete("CASCADE")}.
 * Immutable; each method returns a changed copy.
 */
public final class ForeignKeyDef {
  private final String name;
  private final List<String> columns;
  private final String referencedTable;
  private final List<String> referencedColumns;
  private final String onDelete;
  private final String onUpdate;

  private ForeignKeyDef(String name, List<String> columns, String referencedTable, List<String> referencedColumns,
      String onDelete, String onUpdate) {
    this.name = name;
    this.columns = List.copyOf(columns);
    this.referencedTable = referencedTable;
    this.referencedColumns = List.copyOf(referencedColumns);
    this.onDelete = onDelete;
    this.onUpdate = onUpdate;
  }

  /** A foreign key over the given columns of the table it is added to; say what it references with {@link #references}. */
  public static ForeignKeyDef foreignKey(String name, String... columns) {
    Objects.requireNonNull(name, "name == null");
    return new ForeignKeyDef(name, Arrays.asList(columns), null, List.of(), "NO ACTION", "NO ACTION");
  }

  /** This key referencing columns of a table ({@code schema.table} outside {@code public}), in the same order as its own. */
  public ForeignKeyDef references(String table, String... columns) {
    Objects.requireNonNull(table, "table == null");
    return new ForeignKeyDef(name, this.columns, table, Arrays.asList(columns), onDelete, onUpdate);
  }

  /** The action on delete of a referenced row: {@code NO ACTION} (the default), {@code RESTRICT}, {@code CASCADE}, {@code SET NULL}, {@code SET DEFAULT}. */
  public ForeignKeyDef onDelete(String action) {
    return new ForeignKeyDef(name, columns, referencedTable, referencedColumns, action, onUpdate);
  }

  /** The action on update of a referenced key, as for {@link #onDelete}. */
  public ForeignKeyDef onUpdate(String action) {
    return new ForeignKeyDef(name, columns, referencedTable, referencedColumns, onDelete, action);
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

  public String onDelete() {
    return onDelete;
  }

  public String onUpdate() {
    return onUpdate;
  }
}
