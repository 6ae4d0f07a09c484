package io.tracetrack.migrations.core.revision;

import java.util.List;

/** A revision prefix that matches several revisions. */
public class AmbiguousRevisionException extends RevisionException {
  private final String prefix;
  private final List<String> matches;

  public AmbiguousRevisionException(String prefix, List<String> matches) {
    super("Revision prefix " + prefix + " is ambiguous: it matches " + String.join(", ", matches));
    this.prefix = prefix;
    this.matches = List.copyOf(matches);
  }

  public String prefix() {
    return prefix;
  }

  /** The revisions it matches, sorted. */
  public List<String> matches() {
    return matches;
  }
}
