package io.tracetrack.migrations.core.revision;

import java.util.Set;
import java.util.TreeSet;

/** One head was needed (as Alembic's {@code MultipleHeads}), and the revisions have several. */
public class MultipleHeadsException extends RevisionException {
  private final Set<String> heads;

  public MultipleHeadsException(Set<String> heads) {
    super(reason(heads) + ". Merge them into one revision, or name one revision as the target");
    this.heads = Set.copyOf(new TreeSet<>(heads));
  }

  /** The heads, sorted. */
  public Set<String> heads() {
    return new TreeSet<>(heads);
  }

  /** {@code Multiple heads: a, b}. */
  public String reason() {
    return reason(heads);
  }

  private static String reason(Set<String> heads) {
    return "Multiple heads: " + String.join(", ", new TreeSet<>(heads));
  }
}
