package io.tracetrack.migrations.maven;

import io.tracetrack.migrations.core.codegen.NewMigration;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Compares the entities with the schema the migrations build and writes a migration class for
 * the difference ({@code flask db migrate}). Needs no database.
 */
@Mojo(name = "migrate", requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
@Execute(phase = LifecyclePhase.COMPILE)
public class MigrateMojo extends AbstractTracetrackMojo {

  /** What the migration does; becomes its Javadoc, its {@code @Revision} message and its class name. */
  @Parameter(property = "tracetrack.message")
  private String message;

  @Override
  protected boolean readsEntities() {
    return true;
  }

  @Override
  protected void run() throws MojoExecutionException {
    Optional<Path> written = withMigrator((classes, migrator) -> migrator.autogenerate(classes.snapshot(), message,
        NewMigration.at(classes.layout().mainSourceRoot(), classes.layout().migrationsPackage())));
    if (written.isPresent()) {
      getLog().info("Generating " + written.get() + " ... done");
      getLog().info("Review it, then run mvn tracetrack:upgrade");
    } else {
      getLog().info("No changes detected");
    }
  }
}
