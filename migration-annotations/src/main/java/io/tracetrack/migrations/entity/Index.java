package io.tracetrack.migrations.entity;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An index on an {@link Entity}'s table; repeat it for several:
 *
 * <pre>{@code
 * @Entity
 * @Index(columns = {"user_id", "created_at DESC"})
 * @Index(columns = "tags", method = "gin")
 * @Index(name = "ux_post_slug_live", columns = "slug", unique = true, where = "deleted_at IS NULL")
 * @Index(name = "ix_post_lower_title", columns = {"lower(title)", "created_at DESC NULLS LAST"}, include = "author_id")
 * @Index(columns = "slug varchar_pattern_ops")
 * public class Post { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@Repeatable(Indexes.class)
public @interface Index {

  /** Index name; defaults to {@code ix_<table>_<columns joined by _>}. */
  String name() default "";

  /**
   * The keys, in index order: column names (not field names) or SQL expressions, as PostgreSQL
   * writes them in {@code CREATE INDEX}. An expression is a function call ({@code lower(email)}) or
   * anything in parentheses ({@code (a || b)}). Each key may be followed by an operator class
   * ({@code varchar_pattern_ops}), then {@code ASC} or {@code DESC}, then {@code NULLS FIRST} or
   * {@code NULLS LAST}: {@code "created_at DESC NULLS LAST"}.
   */
  String[] columns();

  /** Columns stored in the index without being keys ({@code INCLUDE (...)}), for index-only scans. */
  String[] include() default {};

  /** Whether the index is unique. */
  boolean unique() default false;

  /** Access method: {@code btree} (the default), {@code hash}, {@code gin}, {@code gist}, {@code brin}... */
  String method() default "btree";

  /** Predicate of a partial index, an SQL boolean expression such as {@code deleted_at IS NULL}; empty for none. */
  String where() default "";

  /**
   * The index's previous name, when it was renamed: the migration renames it ({@code ALTER INDEX
   * ... RENAME TO}) instead of dropping and creating it. Harmless once applied.
   */
  String renamedFrom() default "";
}
