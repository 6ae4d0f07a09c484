package io.tracetrack.migrations.core.schema;

import java.nio.file.Path;

/**
 * No schema snapshot on the class path: the annotation processor did not run when the entities
 * were compiled. A build tool front end adds how to set it up in its own terms.
 */
public class MissingSnapshotException extends SnapshotException {
  private final Path classesDirectory;

  public MissingSnapshotException(Path classesDirectory) {
    super(reason(classesDirectory) + ". Put io.tracetrack:migration-processor on the compiler's annotation processor"
        + " path");
    this.classesDirectory = classesDirectory;
  }

  /** Where the snapshot was looked for first. */
  public Path classesDirectory() {
    return classesDirectory;
  }

  /** What is missing, without advice. */
  public String reason() {
    return reason(classesDirectory);
  }

  private static String reason(Path classesDirectory) {
    return "No schema snapshot (" + Snapshot.RESOURCE + ") in " + classesDirectory
        + " or on the class path: the tracetrack annotation processor did not run";
  }
}
