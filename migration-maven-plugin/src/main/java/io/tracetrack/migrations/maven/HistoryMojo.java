package io.tracetrack.migrations.maven;

import io.tracetrack.migrations.core.revision.RevisionGraph;
import io.tracetrack.migrations.core.revision.RevisionInfo;
import io.tracetrack.migrations.core.revision.RevisionReport;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Lists the revisions, newest first, marking heads, branch and merge points and the database's
 * current revision ({@code flask db history}).
 */
@Mojo(name = "history", requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
@Execute(phase = LifecyclePhase.COMPILE)
public class HistoryMojo extends AbstractTracetrackMojo {

  /** Skip the database: list the revisions without marking the current one. */
  @Parameter(property = "tracetrack.offline", defaultValue = "false")
  private boolean offline;

  /** Only the revisions in a range {@code FROM:TO}, such as {@code ae10:head} or {@code base:ae10}. */
  @Parameter(property = "tracetrack.range")
  private String range;

  /** Print each revision's full header. */
  @Parameter(property = "tracetrack.verbose", defaultValue = "false")
  private boolean verbose;

  @Override
  protected void run() throws MojoExecutionException {
    withMigrator((classes, migrator) -> {
      RevisionGraph graph = migrator.migrations().graph();
      Set<String> current = new HashSet<>();
      if (!offline) {
        withDatabase(migrator::current).forEach(r -> current.add(r.id()));
      }
      List<RevisionInfo> revisions = range == null || range.isBlank() ? migrator.history() : graph.range(range);
      if (graph.isEmpty()) {
        answer("No migrations yet in " + classes.layout().migrationsPackage());
      }
      new RevisionReport(graph, current).history(revisions, verbose).forEach(this::answer);
      return null;
    });
  }
}
