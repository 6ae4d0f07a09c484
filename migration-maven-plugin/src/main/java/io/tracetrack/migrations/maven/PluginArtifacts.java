package io.tracetrack.migrations.maven;

import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.Artifact;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.collection.CollectRequest;
import org.eclipse.aether.graph.Dependency;
import org.eclipse.aether.graph.DependencyFilter;
import org.eclipse.aether.graph.Exclusion;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactRequest;
import org.eclipse.aether.resolution.ArtifactResolutionException;
import org.eclipse.aether.resolution.ArtifactResult;
import org.eclipse.aether.resolution.DependencyRequest;
import org.eclipse.aether.resolution.DependencyResolutionException;

/**
 * Artifacts that only some goals need, resolved through Maven's resolver (local repository first,
 * then the project's plugin repositories) when such a goal runs, so every other goal pays nothing
 * for them.
 */
final class PluginArtifacts {
  private static final Set<String> RUNTIME_SCOPES = Set.of("compile", "runtime");

  private final RepositorySystem system;
  private final RepositorySystemSession session;
  private final List<RemoteRepository> repositories;
  private final Set<String> present;

  /** @param plugin whose own artifacts are never resolved again: the plugin's class realm has them */
  PluginArtifacts(RepositorySystem system, RepositorySystemSession session, List<RemoteRepository> repositories,
      PluginDescriptor plugin) {
    this.system = system;
    this.session = session;
    this.repositories = repositories;
    this.present = plugin.getArtifacts().stream()
        .map(artifact -> artifact.getGroupId() + ":" + artifact.getArtifactId())
        .collect(Collectors.toSet());
  }

  /** One artifact's file, {@code groupId:artifactId:version}, without its dependencies. */
  Path artifact(String coordinates) throws ArtifactResolutionException {
    ArtifactRequest request = new ArtifactRequest(new DefaultArtifact(coordinates), repositories, null);
    return system.resolveArtifact(session, request).getArtifact().getFile().toPath();
  }

  /**
   * The class path of an artifact: its jar followed by its runtime dependencies as a project that
   * depended on it would have them (no optional ones), leaving out the groups in {@code
   * excludedGroups} and the plugin's own artifacts (a class loader under the plugin's must take
   * those from it, or their types would be two different classes).
   */
  List<URL> classPath(String coordinates, String... excludedGroups) throws DependencyResolutionException {
    List<Exclusion> exclusions = Stream.of(excludedGroups).map(group -> new Exclusion(group, "*", "*", "*")).toList();
    Dependency dependency = new Dependency(new DefaultArtifact(coordinates), "runtime", false, exclusions);
    DependencyFilter needed = (node, parents) -> node.getDependency() != null
        && RUNTIME_SCOPES.contains(node.getDependency().getScope())
        && !present.contains(key(node.getArtifact()));
    // The artifact as a dependency of the request, not its root: Maven's selectors then leave out
    // its optional dependencies, as they would for a dependency of a project.
    DependencyRequest request = new DependencyRequest(new CollectRequest(List.of(dependency), List.of(), repositories), needed);
    return system.resolveDependencies(session, request).getArtifactResults().stream()
        .map(ArtifactResult::getArtifact)
        .map(PluginArtifacts::url)
        .toList();
  }

  private static URL url(Artifact artifact) {
    try {
      return artifact.getFile().toURI().toURL();
    } catch (MalformedURLException e) {
      throw new IllegalArgumentException(artifact.getFile().toString(), e);
    }
  }

  private static String key(Artifact artifact) {
    return artifact.getGroupId() + ":" + artifact.getArtifactId();
  }
}
