package io.tracetrack.migrations;

import java.sql.Connection;

/**
 * Java code of a data migration, given to {@link Operations#run}. It runs only when its migration
 * is applied to a database, on the migration's connection and inside its transaction (so a failure
 * rolls the whole migration back); it never runs when migrations are replayed for autogenerate,
 * check, history or show, nor when SQL is written offline.
 */
@FunctionalInterface
public interface DataStep {

  /**
   * Does the work. Do not commit, roll back or close the connection: the migration's transaction
   * does that together with its version update.
   */
  void run(Connection connection) throws Exception;
}
