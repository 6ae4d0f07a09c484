package io.tracetrack.migrations.maven;

import io.tracetrack.migrations.core.check.CheckReport;
import io.tracetrack.migrations.core.check.Difference;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What {@code check} and {@code check-build} share: fails the build when the entities changed and
 * no migration covers it, one line per difference with the command that fixes it; with a database,
 * also on migrations not applied, applied migrations that changed, and drift.
 */
abstract class AbstractCheckMojo extends AbstractTracetrackMojo {

  /** Compare the entities with the migrations only; skip the database. */
  @Parameter(property = "tracetrack.offline", defaultValue = "false")
  private boolean offline;

  @Override
  protected boolean readsEntities() {
    return true;
  }

  @Override
  protected final void run() throws MojoExecutionException, MojoFailureException {
    CheckReport report = runner().check(offline);
    report.notes().forEach(getLog()::info);
    if (!report.ok()) {
      for (Difference difference : report.differences()) {
        getLog().error(difference.kind() + ": " + difference.text());
      }
      throw new MojoFailureException(ErrorMessages.render(report));
    }
    getLog().info(ErrorMessages.render(report));
  }
}
