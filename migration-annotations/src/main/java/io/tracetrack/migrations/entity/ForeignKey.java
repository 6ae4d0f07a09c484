package io.tracetrack.migrations.entity;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A foreign key. On a field, the field's column references a column of another table:
 *
 * <pre>{@code
 * @ForeignKey(table = "user", onDelete = ForeignKey.Action.CASCADE)
 * private long userId;
 * }</pre>
 *
 * On the class, for a key over several columns (repeat it for several keys):
 *
 * <pre>{@code
 * @ForeignKey(columns = {"tenant_id", "region"}, table = "tenant", referencedColumns = {"id", "region"})
 * }</pre>
 *
 * The migration adds foreign keys after every table they need exists, so keys between new tables,
 * and cycles, need no care.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.TYPE})
@Repeatable(ForeignKeys.class)
public @interface ForeignKey {

  /** Constraint name; defaults to {@code fk_<table>_<columns joined by _>_<referenced table>}. */
  String name() default "";

  /** The key's own column names; on a field, empty means the field's column. */
  String[] columns() default {};

  /** The referenced table, as its entity names it ({@code schema.table} outside {@code public}). */
  String table();

  /** The referenced columns, in the order of {@link #columns()}; they must be its primary key or unique. */
  String[] referencedColumns() default {"id"};

  /** What deleting a referenced row does. */
  Action onDelete() default Action.NO_ACTION;

  /** What changing a referenced key does. */
  Action onUpdate() default Action.NO_ACTION;

  /**
   * How a key over several columns treats nulls: {@link Match#SIMPLE} (the default) lets a row
   * through when any of its columns is null, {@link Match#FULL} only when all are.
   */
  Match match() default Match.SIMPLE;

  /** Whether the check may be put off to the end of the transaction ({@code SET CONSTRAINTS ... DEFERRED}). */
  boolean deferrable() default false;

  /** Whether the check is put off to commit unless the transaction asks otherwise; implies {@link #deferrable()}. */
  boolean initiallyDeferred() default false;

  /** How a key over several columns matches the referenced key. */
  enum Match {
    SIMPLE, FULL
  }

  /** Referential actions. */
  enum Action {
    NO_ACTION, RESTRICT, CASCADE, SET_NULL, SET_DEFAULT
  }
}
