package io.tracetrack.migrations.core.diff;

import io.tracetrack.migrations.core.operation.Operation;
import java.util.Objects;

/**
 * One change found by the diff: the operation that makes it, the operation that undoes it, and for
 * each a warning for the reviewer when it can lose data or fail on existing rows (else null).
 */
public record Step(Operation forward, Operation backward, String warning, String backwardWarning) {

  public Step {
    Objects.requireNonNull(forward, "forward == null");
    Objects.requireNonNull(backward, "backward == null");
  }

  /** A step whose backward operation needs no warning. */
  public Step(Operation forward, Operation backward, String warning) {
    this(forward, backward, warning, null);
  }
}
