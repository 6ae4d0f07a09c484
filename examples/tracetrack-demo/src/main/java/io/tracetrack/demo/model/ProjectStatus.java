package io.tracetrack.demo.model;

/** Where a project stands; stored as its name. */
public enum ProjectStatus {
  ACTIVE,
  ARCHIVED
}
