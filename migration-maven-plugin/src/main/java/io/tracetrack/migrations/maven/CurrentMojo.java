package io.tracetrack.migrations.maven;

import io.tracetrack.migrations.core.revision.RevisionInfo;
import java.util.List;
import java.util.Set;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** Shows the revision the database is at ({@code flask db current}). */
@Mojo(name = "current", requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
@Execute(phase = LifecyclePhase.COMPILE)
public class CurrentMojo extends AbstractTracetrackMojo {

  @Override
  protected void run() throws MojoExecutionException {
    withMigrator((classes, migrator) -> {
      List<RevisionInfo> current = withDatabase(migrator::current);
      Set<String> heads = migrator.migrations().graph().heads();
      if (current.isEmpty()) {
        getLog().info("Current revision: base (no migration applied)");
      }
      for (RevisionInfo revision : current) {
        getLog().info("Current revision: " + revision.id() + (heads.contains(revision.id()) ? " (head)" : "")
            + ", " + revision.message());
      }
      return null;
    });
  }
}
