package io.tracetrack.migrations.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Applies pending migrations in order, each in its own transaction with its version update
 * ({@code flask db upgrade}). Compiles the project first, so it runs on a clean checkout.
 */
@Mojo(name = "upgrade", requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
@Execute(phase = LifecyclePhase.COMPILE)
public class UpgradeMojo extends AbstractTracetrackMojo {

  /** Where to go: {@code head}, {@code heads}, a revision id or a unique prefix of one, or {@code +N}. */
  @Parameter(property = "tracetrack.target", defaultValue = "head")
  private String target;

  @Override
  protected void run() throws MojoExecutionException {
    withMigrator((classes, migrator) -> withDatabase(db -> migrator.upgrade(db, target, lockTimeout())));
  }
}
