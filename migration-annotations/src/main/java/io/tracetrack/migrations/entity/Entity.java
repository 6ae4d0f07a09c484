package io.tracetrack.migrations.entity;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class whose fields map to the columns of one database table.
 *
 * <p>Every non-static, non-transient field is a column unless it carries {@link Transient}. One
 * field or more must carry {@link Id}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Entity {

  /** Table name; defaults to the snake_case of the class name ({@code OrderLine} → {@code order_line}). */
  String table() default "";
}
