package io.tracetrack.migrations.maven;

import io.tracetrack.migrations.core.revision.RevisionInfo;
import io.tracetrack.migrations.core.revision.RevisionReport;
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
      if (current.isEmpty()) {
        answer("Current revision: base (no migration applied)");
      }
      RevisionReport report = new RevisionReport(migrator.migrations().graph(), Set.of());
      for (RevisionInfo revision : current) {
        boolean known = migrator.migrations().graph().isKnown(revision.id());
        answer("Current revision: " + (known ? report.brief(revision) : revision.id() + ", " + revision.message()));
      }
      return null;
    });
  }
}
