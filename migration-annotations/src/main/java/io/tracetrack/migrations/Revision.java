package io.tracetrack.migrations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Identifies a {@link Migration} and places it in the revision graph. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Revision {

  /** This revision's id: twelve lower-case hex digits when generated. */
  String id();

  /** Ids of the revisions this one follows: none for a first revision, two or more for a merge. */
  String[] revises() default {};

  /** What the revision does, as given to {@code tracetrack:migrate}. */
  String message();

  /** When the revision was written, {@code yyyy-MM-dd HH:mm:ss}; informational only. */
  String createDate() default "";

  /**
   * Whether the revision runs in a transaction together with its version-table update (the
   * default). Set {@code false} for statements PostgreSQL refuses inside a transaction, such as
   * {@code CREATE INDEX CONCURRENTLY}: each statement then commits on its own, the version moves
   * in a transaction of its own afterwards, and a failure reports which statements were applied and
   * which were not, since nothing is rolled back. Keep such a revision to those statements alone.
   */
  boolean transactional() default true;
}
