package io.tracetrack.migrations.entity;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The previous name of an enum stored as a native type ({@code @Column(enumStorage = NATIVE)}), or
 * of one of its constants: the migration renames the type ({@code ALTER TYPE ... RENAME TO}) or the
 * value ({@code ALTER TYPE ... RENAME VALUE}), keeping every row, instead of dropping and creating
 * it.
 *
 * <pre>{@code
 * @RenamedFrom("feeling")          // the type was "feeling", now "mood"
 * public enum Mood {
 *   SAD,
 *   @RenamedFrom("FINE") OK,       // the value was 'FINE', now 'OK'
 *   HAPPY
 * }
 * }</pre>
 *
 * Harmless once applied; remove it at leisure. Tables and columns say this with {@code
 * Entity.renamedFrom} and {@code Column.renamedFrom}; other elements with their own annotation's
 * {@code renamedFrom}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.FIELD})
public @interface RenamedFrom {

  /** The type's previous name, or the constant's previous label. */
  String value();
}
