package io.tracetrack.migrations.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Sets the database's version without running any migration ({@code flask db stamp}): for a
 * version mismatch, or to adopt a database whose schema was set up by hand.
 */
@Mojo(name = "stamp", requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
@Execute(phase = LifecyclePhase.COMPILE)
public class StampMojo extends AbstractTracetrackMojo {

  /** The version to record: {@code head}, {@code heads}, {@code base}, a revision id or prefix. Required. */
  @Parameter(property = "tracetrack.target", required = true)
  private String target;

  @Override
  protected void run() throws MojoExecutionException {
    withMigrator((classes, migrator) -> withDatabase(db -> migrator.stamp(db, target, lockTimeout())));
  }
}
