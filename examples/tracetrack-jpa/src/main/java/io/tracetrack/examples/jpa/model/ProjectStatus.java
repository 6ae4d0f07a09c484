package io.tracetrack.examples.jpa.model;

/** Where a project stands; stored as its name. */
public enum ProjectStatus {
  ACTIVE,
  ARCHIVED
}
