package io.tracetrack.migrations.maven;

import io.tracetrack.migrations.core.loader.ProjectClasses;
import io.tracetrack.migrations.core.loader.ProjectInit;
import io.tracetrack.migrations.maven.workspace.ModuleSelection;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Prepares a project for migrations ({@code flask db init}): creates the migrations package and
 * prints the POM configuration the annotation processor needs.
 */
@Mojo(name = "init", threadSafe = true)
public class InitMojo extends AbstractTracetrackMojo {

  @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
  private PluginDescriptor plugin;

  @Override
  protected ModuleSelection moduleSelection(int modulesInBuild) {
    return ModuleSelection.forInit(migrationsPackage(), modulesInBuild);
  }

  @Override
  protected void run() throws MojoExecutionException {
    Path sourceRoot = Path.of(project.getCompileSourceRoots().get(0));
    ProjectInit.Result result = ProjectInit.createPackage(sourceRoot, migrationsPackage());
    if (result.created()) {
      getLog().info("Created " + result.packageInfo());
    } else {
      getLog().info("Migrations package already exists: " + result.packageInfo().getParent());
    }
    getLog().info("Entities need the annotation processor at compile time; add to the POM's <build><plugins>:");
    ErrorMessages.PROCESSOR_SNIPPET.replace("${tracetrack.version}", pluginVersion()).lines().forEach(getLog()::info);
    getLog().info("Add .tracetrack/ (the embedded development database) to .gitignore.");
    getLog().info("Next: mvn tracetrack:migrate -Dtracetrack.message=\"Initial schema\"");
  }

  private String pluginVersion() {
    return plugin.getVersion();
  }
}
