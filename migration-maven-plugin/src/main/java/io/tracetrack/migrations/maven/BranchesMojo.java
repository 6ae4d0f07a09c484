package io.tracetrack.migrations.maven;

import io.tracetrack.migrations.core.revision.RevisionReport;
import java.util.List;
import java.util.Set;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** Lists the branch points and the revisions each branches into ({@code flask db branches}). */
@Mojo(name = "branches", requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
@Execute(phase = LifecyclePhase.COMPILE)
public class BranchesMojo extends AbstractTracetrackMojo {

  @Override
  protected void run() throws MojoExecutionException {
    withMigrator((classes, migrator) -> {
      List<String> lines = new RevisionReport(migrator.migrations().graph(), Set.of()).branches();
      if (lines.isEmpty()) {
        getLog().info("No branches: the revisions form one line");
      }
      lines.forEach(getLog()::info);
      return null;
    });
  }
}
