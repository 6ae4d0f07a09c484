package io.tracetrack.migrations.core.revision;

import java.util.List;
import java.util.Set;

/**
 * A relative downgrade ({@code -N}) on a database at several heads: it does not say which branch to
 * step back. Carries the heads, so a caller can say how to name one.
 */
public class AmbiguousDowngradeException extends RevisionException {
  private final String target;
  private final List<String> heads;

  public AmbiguousDowngradeException(String target, Set<String> heads) {
    super("Downgrade target " + target + " is ambiguous: the database is at " + heads.size() + " heads, "
        + String.join(", ", heads) + ". Name the head to step back from, such as "
        + heads.iterator().next() + target + ", or a revision to go back to");
    this.target = target;
    this.heads = List.copyOf(heads);
  }

  /** The relative target as given, such as {@code -1}. */
  public String target() {
    return target;
  }

  /** The database's heads, sorted. */
  public List<String> heads() {
    return heads;
  }
}
