package io.tracetrack.migrations.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** Shows one revision: its header and the SQL of its upgrade and downgrade ({@code flask db show}). */
@Mojo(name = "show", requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
@Execute(phase = LifecyclePhase.COMPILE)
public class ShowMojo extends AbstractTracetrackMojo {

  /** The revision: an id, a unique prefix, {@code head} or {@code REV-N}. */
  @Parameter(property = "tracetrack.revision", defaultValue = "head")
  private String revision;

  @Override
  protected void run() throws MojoExecutionException {
    withMigrator((classes, migrator) -> {
      String id = migrator.migrations().graph().resolveTarget(revision).stream().findFirst()
          .orElseThrow(() -> new io.tracetrack.migrations.core.MigrationException("No revision to show: there are no migrations"));
      migrator.show(id).forEach(getLog()::info);
      return null;
    });
  }
}
