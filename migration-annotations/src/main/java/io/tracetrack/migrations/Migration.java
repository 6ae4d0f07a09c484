package io.tracetrack.migrations;

/**
 * One step of the schema's history. Implementations carry {@link Revision} and change the schema
 * only through the {@link Operations} they are handed, so that the same class can be replayed in
 * memory, rendered as SQL or run against a database.
 */
public interface Migration {

  /** Applies this revision's changes. */
  void upgrade(Operations op);

  /** Undoes exactly what {@link #upgrade} did. */
  void downgrade(Operations op);
}
