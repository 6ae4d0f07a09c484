package io.tracetrack.migrations.core.loader;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Where a project keeps what the engine reads: its compiled classes, its compile class path
 * (entity jars of other modules included), its source roots, and the package of its migrations.
 */
public record ProjectLayout(Path classesDirectory, List<Path> classpath, List<Path> sourceRoots, String migrationsPackage) {

  public ProjectLayout {
    Objects.requireNonNull(classesDirectory, "classesDirectory == null");
    classpath = List.copyOf(classpath);
    sourceRoots = List.copyOf(sourceRoots);
    Objects.requireNonNull(migrationsPackage, "migrationsPackage == null");
  }

  /** The source root new migrations are written to: the first one, {@code src/main/java} in Maven. */
  public Path mainSourceRoot() {
    return sourceRoots.get(0);
  }
}
