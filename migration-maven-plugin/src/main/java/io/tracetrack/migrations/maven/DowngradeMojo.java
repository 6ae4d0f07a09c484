package io.tracetrack.migrations.maven;

import io.tracetrack.migrations.core.script.SqlScript;
import java.nio.file.Path;
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

  /**
   * Where to go: {@code -N} (default {@code -1}), a revision id or prefix (kept applied; the
   * database ends at it), {@code HEAD-N} (N steps back from that head, other branches kept), or
   * {@code base}. With several heads applied, {@code -N} is an error that names them.
   */
  @Parameter(property = "tracetrack.target", defaultValue = "-1")
  private String target;

  /**
   * Write the SQL script instead of touching a database ({@code flask db downgrade --sql}); the target
   * may then be a range {@code FROM:TO}.
   */
  @Parameter(property = "tracetrack.sql", defaultValue = "false")
  private boolean sql;

  /** Where {@link #sql} writes the script; {@code -} for standard output. */
  @Parameter(property = "tracetrack.sqlFile", defaultValue = "${project.build.directory}/tracetrack/downgrade.sql")
  private String sqlFile;

  @Override
  protected void run() throws MojoExecutionException {
    if (sql) {
      String script = withMigrator((classes, migrator) -> migrator.downgradeScript(target));
      Path written = SqlScript.write(script, sqlFile);
      if (written != null) {
        getLog().info("Wrote the downgrade SQL script to " + written);
      }
      return;
    }
    runner().downgrade(target);
  }
}
