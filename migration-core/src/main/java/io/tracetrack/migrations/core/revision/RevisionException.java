package io.tracetrack.migrations.core.revision;

import io.tracetrack.migrations.core.MigrationException;

/** The revisions do not form a valid graph, or a target does not name one revision. */
public class RevisionException extends MigrationException {

  public RevisionException(String message) {
    super(message);
  }
}
