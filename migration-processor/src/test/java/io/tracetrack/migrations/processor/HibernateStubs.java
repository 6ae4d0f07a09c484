package io.tracetrack.migrations.processor;

import static io.tracetrack.migrations.processor.EntityProcessorTest.source;

import javax.tools.JavaFileObject;

/**
 * Hibernate's schema annotations, as sources with the same names and members: the processor reads
 * them by name, and hibernate-core is not on this module's path.
 */
final class HibernateStubs {
  static final JavaFileObject CHECK = source("org.hibernate.annotations.Check", "package org.hibernate.annotations;",
      "@java.lang.annotation.Repeatable(Checks.class)",
      "public @interface Check { String name() default \"\"; String constraints(); }");
  static final JavaFileObject CHECKS = source("org.hibernate.annotations.Checks",
      "package org.hibernate.annotations;", "public @interface Checks { Check[] value(); }");
  static final JavaFileObject FORMULA = source("org.hibernate.annotations.Formula",
      "package org.hibernate.annotations;", "public @interface Formula { String value(); }");
  static final JavaFileObject ON_DELETE = source("org.hibernate.annotations.OnDelete",
      "package org.hibernate.annotations;", "public @interface OnDelete { OnDeleteAction action(); }");
  static final JavaFileObject ON_DELETE_ACTION = source("org.hibernate.annotations.OnDeleteAction",
      "package org.hibernate.annotations;", "public enum OnDeleteAction { NO_ACTION, CASCADE, SET_NULL }");

  private HibernateStubs() {}
}
