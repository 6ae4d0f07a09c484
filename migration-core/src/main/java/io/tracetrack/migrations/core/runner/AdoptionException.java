package io.tracetrack.migrations.core.runner;

import io.tracetrack.migrations.core.MigrationException;
import java.util.List;

/**
 * A database kept by another tool that cannot be adopted: its table records units that the
 * imported migrations do not match, or its schema differs from the one the imported migrations
 * give at the matching revision ({@link #drift()}, one line each). Nothing was stamped or run.
 */
public class AdoptionException extends MigrationException {
  private final List<String> drift;

  public AdoptionException(String message) {
    this(message, List.of());
  }

  public AdoptionException(String message, List<String> drift) {
    super(drift.isEmpty() ? message : message + "\n  " + String.join("\n  ", drift));
    this.drift = List.copyOf(drift);
  }

  /** How the live schema differs from the expected one; empty when the problem is elsewhere. */
  public List<String> drift() {
    return drift;
  }
}
