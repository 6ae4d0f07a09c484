package io.tracetrack.migrations.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** Undoes applied migrations, newest first ({@code flask db downgrade}). */
@Mojo(name = "downgrade", requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
@Execute(phase = LifecyclePhase.COMPILE)
public class DowngradeMojo extends AbstractTracetrackMojo {

  /** Where to go: {@code -N} (default {@code -1}), a revision id or prefix (kept applied), or {@code base}. */
  @Parameter(property = "tracetrack.target", defaultValue = "-1")
  private String target;

  @Override
  protected void run() throws MojoExecutionException {
    withMigrator((classes, migrator) -> withDatabase(db -> migrator.downgrade(db, target, lockTimeout())));
  }
}
