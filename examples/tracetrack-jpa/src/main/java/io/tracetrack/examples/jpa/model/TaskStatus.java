package io.tracetrack.examples.jpa.model;

/** Where a task stands; stored as its name. */
public enum TaskStatus {
  OPEN,
  IN_PROGRESS,
  DONE
}
