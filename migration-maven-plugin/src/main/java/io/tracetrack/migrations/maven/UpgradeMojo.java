package io.tracetrack.migrations.maven;

import io.tracetrack.migrations.core.script.SqlScript;
import java.nio.file.Path;
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

  /** Where to go: {@code head}, {@code heads}, a revision id or a unique prefix of one, {@code REV+N}, or {@code +N}; with {@link #sql}, also {@code FROM:TO}. */
  @Parameter(property = "tracetrack.target", defaultValue = "head")
  private String target;

  /**
   * Write the SQL script instead of touching a database ({@code flask db upgrade --sql}); the target
   * may then be a range {@code FROM:TO}.
   */
  @Parameter(property = "tracetrack.sql", defaultValue = "false")
  private boolean sql;

  /** Where {@link #sql} writes the script; {@code -} for standard output. */
  @Parameter(property = "tracetrack.sqlFile", defaultValue = "${project.build.directory}/tracetrack/upgrade.sql")
  private String sqlFile;

  @Override
  protected void run() throws MojoExecutionException {
    if (sql) {
      String script = withMigrator((classes, migrator) -> migrator.upgradeScript(target));
      Path written = SqlScript.write(script, sqlFile);
      if (written != null) {
        getLog().info("Wrote the upgrade SQL script to " + written);
      }
      return;
    }
    runner().upgrade(target);
  }
}
