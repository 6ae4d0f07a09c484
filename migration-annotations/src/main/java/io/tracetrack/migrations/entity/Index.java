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

  /** Column names (not field names), in index order; a column may end with {@code " DESC"} or {@code " ASC"}. */
  String[] columns();

  /** Whether the index is unique. */
  boolean unique() default false;

  /** Access method: {@code btree} (the default), {@code hash}, {@code gin}, {@code gist}, {@code brin}... */
  String method() default "btree";

  /** Predicate of a partial index, an SQL boolean expression such as {@code deleted_at IS NULL}; empty for none. */
  String where() default "";
}
