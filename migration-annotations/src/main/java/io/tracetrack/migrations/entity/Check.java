package io.tracetrack.migrations.entity;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A check constraint on an {@link Entity}'s table, named {@code ck_<table>_<name>}:
 * {@code @Check(name = "positive_total", expression = "total >= 0")}. Repeat it for several.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@Repeatable(Checks.class)
public @interface Check {

  /** The constraint's own part of its name: the constraint is {@code ck_<table>_<name>}. */
  String name();

  /** An SQL boolean expression over the table's columns. */
  String expression();

  /**
   * The previous {@link #name()}, when the check was renamed: the migration renames the constraint
   * ({@code RENAME CONSTRAINT}) instead of dropping and adding it.
   */
  String renamedFrom() default "";
}
