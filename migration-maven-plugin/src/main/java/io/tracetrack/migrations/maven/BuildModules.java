package io.tracetrack.migrations.maven;

import io.tracetrack.migrations.maven.workspace.Module;
import io.tracetrack.migrations.maven.workspace.SiblingModules.Sibling;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Build;
import org.apache.maven.model.building.ModelBuildingRequest;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.project.DefaultProjectBuildingRequest;
import org.apache.maven.project.MavenProject;
import org.apache.maven.project.ProjectBuilder;
import org.apache.maven.project.ProjectBuildingException;
import org.apache.maven.project.ProjectBuildingRequest;
import org.apache.maven.project.ProjectBuildingResult;

/** Reads what migration-core needs to know about the modules of a build from Maven's projects. */
final class BuildModules {
  private final MavenSession session;
  private final ProjectBuilder projectBuilder;
  private final String pluginArtifactId;

  BuildModules(MavenSession session, ProjectBuilder projectBuilder, String pluginArtifactId) {
    this.session = session;
    this.projectBuilder = projectBuilder;
    this.pluginArtifactId = pluginArtifactId;
  }

  /** A project of the build as a {@link Module}. */
  Module module(MavenProject project) {
    return new Module(project.getArtifactId(), project.getPackaging(),
        project.getCompileSourceRoots().stream().map(Path::of).toList(), declaresPlugin(project));
  }

  /** Every project of this build, in reactor order. */
  List<Module> reactor() {
    return session.getProjects().stream().map(this::module).toList();
  }

  boolean isLast(MavenProject project) {
    List<MavenProject> projects = session.getProjects();
    MavenProject last = projects.get(projects.size() - 1);
    return key(last).equals(key(project)) && last.getBasedir().equals(project.getBasedir());
  }

  /** The folder of the topmost parent POM of the project that is a file of this checkout. */
  Path root(MavenProject project) {
    return topmost(project).getBasedir().toPath();
  }

  private MavenProject topmost(MavenProject project) {
    MavenProject top = project;
    while (top.getParent() != null && isLocal(top.getParent())) {
      top = top.getParent();
    }
    return top;
  }

  /**
   * The modules of the same checkout (under the topmost local parent POM) whose jars the project's
   * class path takes from the local repository instead of from this build.
   */
  List<Sibling> siblings(MavenProject project, Log log) {
    Set<String> inBuild = session.getProjects().stream().map(BuildModules::key).collect(Collectors.toSet());
    Map<String, Artifact> fromRepository = new HashMap<>();
    for (Artifact artifact : project.getArtifacts()) {
      File file = artifact.getFile();
      if (file != null && file.isFile() && !inBuild.contains(artifact.getGroupId() + ":" + artifact.getArtifactId())) {
        fromRepository.put(artifact.getGroupId() + ":" + artifact.getArtifactId(), artifact);
      }
    }
    MavenProject top = topmost(project);
    Path root = top.getBasedir().toPath();
    if (fromRepository.isEmpty() || top == project) {
      return List.of();
    }
    ProjectBuildingRequest request = new DefaultProjectBuildingRequest(session.getProjectBuildingRequest());
    request.setProcessPlugins(false);
    request.setResolveDependencies(false);
    request.setValidationLevel(ModelBuildingRequest.VALIDATION_LEVEL_MINIMAL);
    List<ProjectBuildingResult> results;
    try {
      results = projectBuilder.build(List.of(top.getFile()), true, request);
    } catch (ProjectBuildingException e) {
      results = e.getResults() == null ? List.of() : e.getResults();
      log.debug("Reading the modules under " + root + ": " + e.getMessage());
    }
    List<Sibling> siblings = new ArrayList<>();
    for (ProjectBuildingResult result : results) {
      MavenProject module = result.getProject();
      Artifact artifact = module == null ? null : fromRepository.get(key(module));
      if (artifact == null || module.getBuild() == null) {
        continue;
      }
      Build build = module.getBuild();
      siblings.add(new Sibling(module.getArtifactId(), artifact.getFile().toPath(), Path.of(build.getOutputDirectory()),
          module.getCompileSourceRoots().stream().map(Path::of).toList()));
    }
    return siblings;
  }

  private boolean declaresPlugin(MavenProject project) {
    Build build = project.getOriginalModel().getBuild();
    return build != null && build.getPlugins().stream().anyMatch(p -> pluginArtifactId.equals(p.getArtifactId()));
  }

  private boolean isLocal(MavenProject parent) {
    File file = parent.getFile();
    File repository = new File(session.getLocalRepository().getBasedir());
    return file != null && file.isFile() && !file.toPath().toAbsolutePath().startsWith(repository.toPath().toAbsolutePath());
  }

  private static String key(MavenProject project) {
    return project.getGroupId() + ":" + project.getArtifactId();
  }
}
