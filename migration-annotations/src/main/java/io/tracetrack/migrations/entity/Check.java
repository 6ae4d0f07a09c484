package io.tracetrack.migrations.entity;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A check constraint on an {@link Entity}'s table, named {@code ck_<table>_<name>}:
 * {@code @Check(name = "positive_total", expression = "total >= 0")}. Repeat it for several. With
 * {@code exactName = true} the constraint is named exactly {@link #name()}, as a schema built by
 * hand or by another tool names it: {@code @Check(name = "orders_total_check", expression = "total >= 0",
 * exactName = true)}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@Repeatable(Checks.class)
public @interface Check {

  /**
   * The constraint's own part of its name: the constraint is {@code ck_<table>_<name>}, or {@code
   * name} itself with {@link #exactName()}.
   */
  String name();

  /** An SQL boolean expression over the table's columns. */
  String expression();

  /**
   * Whether {@link #name()} is the constraint's whole name, as written, instead of the part after
   * {@code ck_<table>_}. Off by default, so existing constraints keep their names.
   */
  boolean exactName() default false;
}
