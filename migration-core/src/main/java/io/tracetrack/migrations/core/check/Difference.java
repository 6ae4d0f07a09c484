package io.tracetrack.migrations.core.check;

import java.util.Objects;

/** One thing {@code check} found, as one line for the user. */
public record Difference(Kind kind, String text) {

  /** What kind of difference, in the order the report lists them. */
  public enum Kind {
    /** The migrations end in several heads: branches that no merge revision joins. */
    HEADS,
    /** The entities differ from the schema the migrations build. */
    MODEL,
    /** The database is at a revision no migration class declares. */
    UNKNOWN_REVISION,
    /** A migration is not applied to the database. */
    PENDING,
    /** An applied migration has changed since it ran. */
    CHANGED,
    /** The live schema differs from the schema expected at the database's revision. */
    DRIFT
  }

  public Difference {
    Objects.requireNonNull(kind, "kind == null");
    Objects.requireNonNull(text, "text == null");
  }
}
