package io.tracetrack.migrations.core.loader;

import io.tracetrack.migrations.core.MigrationException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.lang.model.SourceVersion;

/** Creates a project's migrations package; running it twice changes nothing. */
public final class ProjectInit {

  private ProjectInit() {}

  /** What {@link #createPackage} did. */
  public record Result(Path packageInfo, boolean created) {}

  public static Result createPackage(Path sourceRoot, String packageName) {
    if (!SourceVersion.isName(packageName)) {
      throw new MigrationException("migrationsPackage \"" + packageName + "\" is not a valid Java package name");
    }
    Path packageInfo = sourceRoot.resolve(packageName.replace('.', '/')).resolve("package-info.java");
    if (Files.exists(packageInfo)) {
      return new Result(packageInfo, false);
    }
    try {
      Files.createDirectories(packageInfo.getParent());
      Files.writeString(packageInfo, "/** Database migrations, one class per revision, written by TraceTrack and reviewed by hand. */\n"
          + "package " + packageName + ";\n");
    } catch (IOException e) {
      throw new MigrationException("Cannot create the migrations package in " + packageInfo.getParent() + ": " + e.getMessage(), e);
    }
    return new Result(packageInfo, true);
  }
}
