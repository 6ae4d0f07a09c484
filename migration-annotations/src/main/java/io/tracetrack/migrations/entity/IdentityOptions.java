package io.tracetrack.migrations.entity;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The sequence options of an identity column ({@link Column#identity()}, or the generated key of
 * an {@link Id}): {@code @IdentityOptions(start = 1000, increment = 10, cache = 20)}. An option
 * left at {@link #UNSET} is PostgreSQL's default for the column's type.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.FIELD)
public @interface IdentityOptions {

  /** An option not given. */
  long UNSET = Long.MIN_VALUE;

  /** {@code START WITH}. */
  long start() default UNSET;

  /** {@code INCREMENT BY}; negative for a descending identity. */
  long increment() default UNSET;

  /** {@code MINVALUE}. */
  long minValue() default UNSET;

  /** {@code MAXVALUE}. */
  long maxValue() default UNSET;

  /** {@code CACHE}. */
  long cache() default UNSET;

  /** {@code CYCLE}: after the last value, start again. */
  boolean cycle() default false;
}
