package io.tracetrack.migrations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a migration written by {@code tracetrack:import} with the units of the other tool's history
 * it holds, as that tool records them in its own table. {@code upgrade} matches them against a
 * database's {@code flyway_schema_history} or {@code databasechangelog} to adopt the database at
 * the revision the old tool reached, without running anything.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ImportedFrom {

  /** The tool: {@code flyway} or {@code liquibase}. */
  String tool();

  /**
   * The units, each as the tool's table identifies it: a Flyway version ({@code 1.1}), or a
   * Liquibase changeset as {@code filename::id::author}.
   */
  String[] units();
}
