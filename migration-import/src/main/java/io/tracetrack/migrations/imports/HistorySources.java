package io.tracetrack.migrations.imports;

import io.tracetrack.migrations.imports.flyway.FlywayFolderReader;
import io.tracetrack.migrations.imports.liquibase.LiquibaseChangelogReader;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where another tool's history sits in a project, found the way that tool finds it, and read: a
 * Liquibase changelog with its include paths, a Flyway folder with the Java migrations beside it.
 */
public final class HistorySources {
  private static final String RESOURCES = "src/main/resources/";

  private HistorySources() {}

  /**
   * A Liquibase changelog, its includes resolved against {@code searchPath}, or else against the
   * project's {@code src/main/resources} when the changelog is under it, else its own folder.
   */
  public static ImportedHistory liquibase(Path projectDir, Path changelog, Path searchPath, String contexts,
      String labels) {
    Path resources = projectDir.resolve(RESOURCES).toAbsolutePath().normalize();
    Path root = searchPath != null ? searchPath.toAbsolutePath().normalize()
        : changelog.startsWith(resources) ? resources : changelog.getParent();
    String relative = root.relativize(changelog).toString().replace(File.separatorChar, '/');
    return new LiquibaseChangelogReader(root, contexts, labels).read(relative);
  }

  /** A Flyway location as a folder of the project: a {@code classpath:} one is under src/main/resources. */
  public static String flywayFolder(String location) {
    return location.replaceFirst("^classpath:", RESOURCES).replaceFirst("^filesystem:", "");
  }

  /**
   * A Flyway folder's versioned scripts; Java migrations in the package matching a resources folder
   * (where Flyway would find them on the class path) are noted as not imported.
   */
  public static ImportedHistory flyway(Path projectDir, String folder) {
    FlywayFolderReader reader = new FlywayFolderReader();
    ImportedHistory history = reader.read(projectDir.resolve(folder).normalize(), folder);
    if (!folder.startsWith(RESOURCES)) {
      return history;
    }
    String javaFolder = "src/main/java/" + folder.substring(RESOURCES.length());
    List<String> notes = new ArrayList<>(history.notes());
    notes.addAll(reader.javaMigrations(projectDir.resolve(javaFolder), javaFolder));
    return new ImportedHistory(history.tool(), history.unitNoun(), history.source(), history.units(), notes);
  }
}
