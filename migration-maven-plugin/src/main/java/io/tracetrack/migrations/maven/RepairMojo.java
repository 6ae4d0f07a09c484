package io.tracetrack.migrations.maven;

import io.tracetrack.migrations.core.runner.ChangedMigration;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Accepts deliberate changes to migrations that were already applied, as Flyway's repair does:
 * records each changed migration's new checksum in the history table, with who accepted it and
 * when, so that {@code upgrade}, {@code downgrade} and {@code check} go on. Runs no migration SQL:
 * use it only when the database already matches the changed migration (a comment or a
 * reformatting of SQL, say); otherwise write a new revision.
 */
@Mojo(name = "repair", requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
@Execute(phase = LifecyclePhase.COMPILE)
public class RepairMojo extends AbstractTracetrackMojo {

  @Override
  protected void run() throws MojoExecutionException {
    List<ChangedMigration> repaired = runner().repair();
    if (!repaired.isEmpty()) {
      getLog().info("Accepted " + repaired.size() + " changed migration" + (repaired.size() == 1 ? "" : "s"));
    }
  }
}
