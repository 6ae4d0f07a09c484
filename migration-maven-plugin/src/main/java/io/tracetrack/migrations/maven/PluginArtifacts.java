package io.tracetrack.migrations.maven;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.Artifact;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.collection.CollectRequest;
import org.eclipse.aether.graph.Dependency;
import org.eclipse.aether.graph.DependencyFilter;
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

  PluginArtifacts(RepositorySystem system, RepositorySystemSession session, List<RemoteRepository> repositories) {
    this.system = system;
    this.session = session;
    this.repositories = repositories;
  }

  /** One artifact's file, {@code groupId:artifactId:version}, without its dependencies. */
  Path artifact(String coordinates) throws ArtifactResolutionException {
    ArtifactRequest request = new ArtifactRequest(new DefaultArtifact(coordinates), repositories, null);
    return system.resolveArtifact(session, request).getArtifact().getFile().toPath();
  }

  /**
   * An artifact's file followed by those of its runtime dependencies, leaving out the ones whose
   * {@code groupId:artifactId} is in {@code present} (the plugin's own: a class loader under the
   * plugin's must take those from it, or their types would be two different classes).
   */
  List<Path> withDependencies(String coordinates, Set<String> present) throws DependencyResolutionException {
    CollectRequest collect = new CollectRequest(new Dependency(new DefaultArtifact(coordinates), "runtime"), repositories);
    DependencyFilter needed = (node, parents) -> node.getDependency() != null
        && RUNTIME_SCOPES.contains(node.getDependency().getScope())
        && !present.contains(key(node.getArtifact()));
    return system.resolveDependencies(session, new DependencyRequest(collect, needed)).getArtifactResults().stream()
        .map(ArtifactResult::getArtifact)
        .map(artifact -> artifact.getFile().toPath())
        .toList();
  }

  static String key(String groupId, String artifactId) {
    return groupId + ":" + artifactId;
  }

  private static String key(Artifact artifact) {
    return key(artifact.getGroupId(), artifact.getArtifactId());
  }
}
