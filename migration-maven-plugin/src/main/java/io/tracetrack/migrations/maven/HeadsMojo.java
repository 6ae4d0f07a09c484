package io.tracetrack.migrations.maven;

import io.tracetrack.migrations.core.revision.RevisionGraph;
import io.tracetrack.migrations.core.revision.RevisionReport;
import java.util.Set;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** Lists the heads: revisions nothing revises yet ({@code flask db heads}). Needs no database. */
@Mojo(name = "heads", requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
@Execute(phase = LifecyclePhase.COMPILE)
public class HeadsMojo extends AbstractTracetrackMojo {

  @Override
  protected void run() throws MojoExecutionException {
    withMigrator((classes, migrator) -> {
      RevisionGraph graph = migrator.migrations().graph();
      RevisionReport report = new RevisionReport(graph, Set.of());
      graph.heads().forEach(head -> answer(report.brief(graph.get(head))));
      if (graph.heads().size() > 1) {
        getLog().info(graph.heads().size() + " heads: merge them with mvn tracetrack:merge -Dtracetrack.message=\"...\"");
      }
      return null;
    });
  }
}
