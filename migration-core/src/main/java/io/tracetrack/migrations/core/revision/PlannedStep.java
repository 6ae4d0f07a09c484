package io.tracetrack.migrations.core.revision;

/** One revision to apply or undo. */
public record PlannedStep(RevisionInfo revision, boolean upgrade) {

  /** The version before and after the step, as in {@code Running upgrade a -> b}. */
  public String fromTo() {
    String self = revision.id();
    String parents = revision.parents().isEmpty() ? "" : String.join(", ", revision.parents());
    return upgrade ? parents + " -> " + self : self + " -> " + parents;
  }
}
