package io.tracetrack.migrations.maven;

import io.tracetrack.migrations.core.codegen.NewMigration;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** Writes a merge revision over the heads, joining branches ({@code flask db merge}). */
@Mojo(name = "merge", requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
@Execute(phase = LifecyclePhase.COMPILE)
public class MergeMojo extends AbstractTracetrackMojo {

  /** What the merge does; becomes its Javadoc, its {@code @Revision} message and its class name. */
  @Parameter(property = "tracetrack.message")
  private String message;

  /** Revisions to merge, comma-separated ids or prefixes; all heads when not given. */
  @Parameter(property = "tracetrack.revisions")
  private String revisions;

  @Override
  protected void run() throws MojoExecutionException {
    List<String> named = revisions == null || revisions.isBlank() ? List.of()
        : Arrays.stream(revisions.split(",")).map(String::trim).filter(r -> !r.isEmpty()).toList();
    Path written = withMigrator((classes, migrator) -> migrator.merge(message, named,
        NewMigration.at(classes.layout().mainSourceRoot(), classes.layout().migrationsPackage())));
    getLog().info("Generating " + written + " ... done");
  }
}
