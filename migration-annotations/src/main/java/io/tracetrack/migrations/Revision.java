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
}
