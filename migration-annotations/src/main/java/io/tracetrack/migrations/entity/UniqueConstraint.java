package io.tracetrack.migrations.entity;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A unique constraint over several columns of an {@link Entity}'s table (for one column, {@code
 * @Column(unique = true)} is enough); repeat it for several.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@Repeatable(UniqueConstraints.class)
public @interface UniqueConstraint {

  /** Constraint name; defaults to {@code uq_<table>_<columns joined by _>}. */
  String name() default "";

  /** Column names (not field names). */
  String[] columns();

  /**
   * Whether rows whose columns hold nulls clash too ({@code UNIQUE NULLS NOT DISTINCT}; PostgreSQL
   * 15 and later). By default, as in SQL, nulls never clash.
   */
  boolean nullsNotDistinct() default false;

  /** The constraint's previous name, when it was renamed: the migration renames it instead of dropping and adding it. */
  String renamedFrom() default "";
}
