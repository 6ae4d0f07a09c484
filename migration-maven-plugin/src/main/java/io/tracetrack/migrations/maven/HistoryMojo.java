package io.tracetrack.migrations.maven;

import io.tracetrack.migrations.core.revision.RevisionInfo;
import java.util.HashSet;
import java.util.Set;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Lists the revisions, newest first, marking the head and the database's current revision
 * ({@code flask db history}).
 */
@Mojo(name = "history", requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
@Execute(phase = LifecyclePhase.COMPILE)
public class HistoryMojo extends AbstractTracetrackMojo {

  /** Skip the database: list the revisions without marking the current one. */
  @Parameter(property = "tracetrack.offline", defaultValue = "false")
  private boolean offline;

  @Override
  protected void run() throws MojoExecutionException {
    withMigrator((classes, migrator) -> {
      Set<String> current = new HashSet<>();
      if (!offline) {
        withDatabase(migrator::current).forEach(r -> current.add(r.id()));
      }
      Set<String> heads = migrator.migrations().graph().heads();
      if (migrator.history().isEmpty()) {
        getLog().info("No migrations yet in " + classes.layout().migrationsPackage());
      }
      for (RevisionInfo revision : migrator.history()) {
        String parents = revision.parents().isEmpty() ? "<base>" : String.join(", ", revision.parents());
        getLog().info(parents + " -> " + revision.id()
            + (heads.contains(revision.id()) ? " (head)" : "")
            + (current.contains(revision.id()) ? " (current)" : "")
            + ", " + revision.message());
      }
      return null;
    });
  }
}
