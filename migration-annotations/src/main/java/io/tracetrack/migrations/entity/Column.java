package io.tracetrack.migrations.entity;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Column details of an {@link Entity} field. A field without this annotation is still a column,
 * with every default below.
 *
 * <p>Java types map to PostgreSQL types as follows (override with {@link #sqlType()}):
 *
 * <table>
 *   <caption>Default column types</caption>
 *   <tr><th>Java</th><th>PostgreSQL</th></tr>
 *   <tr><td>String</td><td>varchar(length), length 255 by default</td></tr>
 *   <tr><td>int, Integer</td><td>integer</td></tr>
 *   <tr><td>long, Long</td><td>bigint</td></tr>
 *   <tr><td>short, Short</td><td>smallint</td></tr>
 *   <tr><td>boolean, Boolean</td><td>boolean</td></tr>
 *   <tr><td>double, Double</td><td>double precision</td></tr>
 *   <tr><td>float, Float</td><td>real</td></tr>
 *   <tr><td>BigDecimal</td><td>numeric(precision, scale), numeric(19,2) by default</td></tr>
 *   <tr><td>LocalDate</td><td>date</td></tr>
 *   <tr><td>LocalTime</td><td>time</td></tr>
 *   <tr><td>LocalDateTime</td><td>timestamp</td></tr>
 *   <tr><td>OffsetDateTime, Instant</td><td>timestamptz</td></tr>
 *   <tr><td>UUID</td><td>uuid</td></tr>
 *   <tr><td>byte[]</td><td>bytea</td></tr>
 *   <tr><td>any enum</td><td>text (the constant's name)</td></tr>
 * </table>
 *
 * <p>Primitive fields and {@link Id} fields are {@code NOT NULL}; other fields follow {@link #nullable()}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.FIELD)
public @interface Column {

  /** Column name; defaults to the snake_case of the field name ({@code lastLogin} → {@code last_login}). */
  String name() default "";

  /** Whether the column accepts {@code NULL}. Ignored (always false) for primitives and {@link Id} fields. */
  boolean nullable() default true;

  /** Maximum length of a {@code String} column: {@code varchar(length)}. */
  int length() default 255;

  /** Total digits of a {@code BigDecimal} column: {@code numeric(precision, scale)}. */
  int precision() default 19;

  /** Digits after the decimal point of a {@code BigDecimal} column. */
  int scale() default 2;

  /** Whether the column carries a unique constraint, named {@code <table>_<column>_key}. */
  boolean unique() default false;

  /**
   * SQL expression the database uses when an insert gives no value, such as {@code 'active'},
   * {@code 0} or {@code now()}. Written into the DDL as it is.
   */
  String serverDefault() default "";

  /** Explicit PostgreSQL type, such as {@code text} or {@code jsonb}; overrides the type mapping. */
  String sqlType() default "";
}
