package io.tracetrack.migrations.maven.workspace;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * One module of a build, as far as finding the migrations goes.
 *
 * @param name the module's artifactId
 * @param packaging {@code jar}, {@code pom}, ...
 * @param sourceRoots its main source roots
 * @param declaresPlugin whether its own POM (not only a parent's) names the migration plugin
 */
public record Module(String name, String packaging, List<Path> sourceRoots, boolean declaresPlugin) {

  public Module {
    Objects.requireNonNull(name, "name == null");
    Objects.requireNonNull(packaging, "packaging == null");
    sourceRoots = List.copyOf(sourceRoots);
  }

  /** Whether a source root holds the package's folder. */
  public boolean holdsPackage(String packageName) {
    String relative = packageName.replace('.', '/');
    return sourceRoots.stream().anyMatch(root -> Files.isDirectory(root.resolve(relative)));
  }
}
