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

  /**
   * PostgreSQL schema of the table; empty for {@code public}. The migration creates the schema when
   * needed, unless the processor option {@code -Atracetrack.externalSchemas=name,...} lists it as one
   * that exists outside the migrations (created by a DBA): then it is never created nor dropped.
   */
  String schema() default "";

  /** The table's comment ({@code COMMENT ON TABLE}); empty for none. */
  String comment() default "";

  /**
   * The table's previous name, when the entity's table was renamed: the migration then renames the
   * table, keeping its rows, and renames the constraints and indexes whose names follow the naming
   * convention. Without it a new table name is a drop and a create. Written {@code schema.table}, it
   * names a table of another schema ({@code public.post}), and the migration moves the table with
   * {@code ALTER TABLE ... SET SCHEMA}. Harmless once applied; remove it at leisure.
   */
  String renamedFrom() default "";
}
