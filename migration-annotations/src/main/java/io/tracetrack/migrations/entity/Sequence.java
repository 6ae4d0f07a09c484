package io.tracetrack.migrations.entity;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A standalone sequence the application uses, declared on the {@link Entity} that uses it:
 * {@code @Sequence(name = "invoice_number", start = 1000)}. Migrations create, alter and drop it
 * as the declaration changes. Repeat it for several.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@Repeatable(Sequences.class)
public @interface Sequence {

  /** The sequence's name; {@code schema.name} for one outside {@code public}. */
  String name();

  /** {@code smallint}, {@code integer} or {@code bigint}. */
  String type() default "bigint";

  long start() default 1;

  long increment() default 1;

  /** The lower bound; by default the type's (PostgreSQL's {@code NO MINVALUE}). */
  long minValue() default Long.MIN_VALUE;

  /** The upper bound; by default the type's (PostgreSQL's {@code NO MAXVALUE}). */
  long maxValue() default Long.MAX_VALUE;

  /** How many values each session reserves at a time. */
  long cache() default 1;

  /** Whether it wraps around at its bound instead of failing. */
  boolean cycle() default false;
}
