package io.tracetrack.migrations.core.loader;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a project's migrations were looked for, so that an empty result can say where.
 *
 * @param packageName the migrations package ({@code migrationsPackage})
 * @param directory the package's folder under the compiled classes
 */
public record MigrationSource(String packageName, Path directory) {

  public MigrationSource {
    Objects.requireNonNull(packageName, "packageName == null");
    Objects.requireNonNull(directory, "directory == null");
  }

  /** "no migrations found in package X (searched DIR)", for the start of a message. */
  public String noneFound() {
    return "No migrations found in package " + packageName + " (searched " + directory + ")";
  }
}
