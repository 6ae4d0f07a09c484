package io.tracetrack.migrations.maven;

import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Writes an empty migration after the current head, for custom SQL ({@code op.execute("...")})
 * or data changes ({@code flask db revision}).
 */
@Mojo(name = "revision", requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
@Execute(phase = LifecyclePhase.COMPILE)
public class RevisionMojo extends AbstractTracetrackMojo {

  /** What the migration does; becomes its Javadoc, its {@code @Revision} message and its class name. */
  @Parameter(property = "tracetrack.message")
  private String message;

  @Override
  protected void run() throws MojoExecutionException {
    Path written = runner().revision(message);
    getLog().info("Generating " + written + " ... done");
  }
}
