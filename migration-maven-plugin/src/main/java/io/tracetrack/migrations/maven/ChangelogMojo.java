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
 * Writes the migrations of a range as a Liquibase XML changelog, for DBAs who deploy with
 * Liquibase: one changeSet per revision, the SQL {@code tracetrack:upgrade} runs, its downgrade as
 * the rollback. Needs no database.
 */
@Mojo(name = "changelog", requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
@Execute(phase = LifecyclePhase.COMPILE)
public class ChangelogMojo extends AbstractTracetrackMojo {

  /** The revisions to export: {@code FROM:TO} (as {@code upgrade -Dtracetrack.sql} takes it) or {@code TO} from base. */
  @Parameter(property = "tracetrack.target", defaultValue = "base:heads")
  private String target;

  /** Where the changelog is written; {@code -} for standard output. */
  @Parameter(property = "tracetrack.changelogFile", defaultValue = "${project.build.directory}/tracetrack/changelog.xml")
  private String changelogFile;

  @Override
  protected void run() throws MojoExecutionException {
    String name = changelogFile.equals("-") ? "changelog.xml" : Path.of(changelogFile).getFileName().toString();
    String xml = withMigrator((classes, migrator) ->
        withExchange(exchange -> exchange.changelog(migrator.migrations(), target, name)));
    Path written = SqlScript.write(xml, changelogFile);
    if (written != null) {
      getLog().info("Wrote the Liquibase changelog of " + target + " to " + written);
    }
  }
}
