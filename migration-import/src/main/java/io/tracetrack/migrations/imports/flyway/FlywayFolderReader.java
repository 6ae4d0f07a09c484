package io.tracetrack.migrations.imports.flyway;

import io.tracetrack.migrations.imports.ImportException;
import io.tracetrack.migrations.imports.ImportedChange;
import io.tracetrack.migrations.imports.ImportedHistory;
import io.tracetrack.migrations.imports.ImportedUnit;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.internal.resource.ResourceName;
import org.flywaydb.core.internal.resource.ResourceNameParser;

/**
 * Reads a Flyway migrations folder (and its subfolders, as Flyway scans a location): each versioned
 * script {@code V<version>__<description>.sql} becomes a unit of SQL statements, in Flyway's version
 * order ({@code 1 < 1.1 < 2 < 10}), with the undo script {@code U<version>__*.sql} of the same
 * version, when there is one, as its rollback. Names, versions and their order are Flyway's own
 * ({@link ResourceNameParser}, {@link MigrationVersion}); statements are split by {@link
 * FlywayStatements}. Repeatable, baseline and Java migrations are reported, not imported. Two
 * scripts with one version, or a Flyway placeholder, are refused with the file named.
 */
public final class FlywayFolderReader {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}\\s]*)}");
  private static final Pattern JAVA_MIGRATION = Pattern.compile("[VR]\\d*.*__.*\\.(java|kt|class)");

  private final Configuration configuration = new FluentConfiguration().placeholderReplacement(false);
  private final ResourceNameParser names = new ResourceNameParser(configuration);

  /** A versioned or undo script found in the folder. */
  private record Script(Path path, String file, MigrationVersion version, String description) {}

  /** Reads the folder; {@code shownAs} is how messages name it ({@code src/main/resources/db/migration}). */
  public ImportedHistory read(Path folder, String shownAs) {
    if (!Files.isDirectory(folder)) {
      throw new ImportException(shownAs, null, "is not a folder of Flyway migrations");
    }
    Map<MigrationVersion, Script> versioned = new TreeMap<>();
    Map<MigrationVersion, Script> undo = new TreeMap<>();
    List<String> notes = new ArrayList<>();
    for (Path path : files(folder, shownAs)) {
      String file = folder.relativize(path).toString().replace('\\', '/');
      String name = path.getFileName().toString();
      if (JAVA_MIGRATION.matcher(name).matches()) {
        notes.add("Java migration " + file + " is not imported: write its work as a migration by hand (op.run for data)");
      } else if (name.endsWith(".sql")) {
        sort(path, file, name, versioned, undo, notes);
      }
    }
    List<ImportedUnit> units = new ArrayList<>();
    for (Script script : versioned.values()) {
      Script undoScript = undo.remove(script.version());
      units.add(unit(script, undoScript));
    }
    undo.values().forEach(u -> notes.add("Undo script " + u.file() + " is not imported: no versioned script has version "
        + u.version().getVersion()));
    return new ImportedHistory("Flyway", "migration", shownAs, units, notes);
  }

  /**
   * Notes for the Java migrations ({@code V3__Backfill.java}) in a source folder, which Flyway finds
   * on the class path beside the scripts (Flyway's convention: {@code src/main/java/db/migration})
   * and which the import leaves out. Empty when the folder does not exist.
   */
  public List<String> javaMigrations(Path sourceFolder, String shownAs) {
    if (!Files.isDirectory(sourceFolder)) {
      return List.of();
    }
    return files(sourceFolder, shownAs).stream()
        .filter(path -> JAVA_MIGRATION.matcher(path.getFileName().toString()).matches())
        .map(path -> "Java migration " + shownAs + "/" + sourceFolder.relativize(path).toString().replace('\\', '/')
            + " is not imported: write its work as a migration by hand (op.run for data)")
        .toList();
  }

  private void sort(Path path, String file, String name, Map<MigrationVersion, Script> versioned,
      Map<MigrationVersion, Script> undo, List<String> notes) {
    // Flyway Community has no undo scripts: read U1__x.sql as the name V1__x.sql would be read.
    boolean isUndo = name.startsWith("U");
    ResourceName parsed = names.parse(isUndo ? "V" + name.substring(1) : name);
    if (!parsed.isValid()) {
      notes.add(file + " is not imported: " + parsed.getValidityMessage());
      return;
    }
    if (!parsed.getPrefix().equals("V")) {
      String kind = parsed.getPrefix().equals("R") ? "Repeatable migration " : "Baseline migration ";
      notes.add(kind + file + " is not imported: a revision runs once, in order; make it a migration by hand"
          + " if its SQL is still needed");
      return;
    }
    Script script = new Script(path, file, parsed.getVersion(), parsed.getDescription());
    Map<MigrationVersion, Script> into = isUndo ? undo : versioned;
    Script other = into.putIfAbsent(script.version(), script);
    if (other != null) {
      throw new ImportException(file, null, "version " + script.version().getVersion() + " is also the version of "
          + other.file() + "; Flyway refuses two " + (isUndo ? "undo scripts" : "migrations") + " with one version");
    }
  }

  private ImportedUnit unit(Script script, Script undoScript) {
    FlywayStatements statements = statements(script);
    List<ImportedChange> rollback = null;
    if (undoScript != null) {
      rollback = List.of(new ImportedChange(undoScript.file(), List.of(), statements(undoScript).sql(), null));
    }
    String version = script.version().getVersion();
    return new ImportedUnit(version, null, script.file(), script.description(),
        List.of(new ImportedChange(script.file(), List.of(), statements.sql(), null)), rollback, version,
        statements.transactional());
  }

  private FlywayStatements statements(Script script) {
    String text;
    try {
      text = Files.readString(script.path(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ImportException(script.file(), null, "cannot be read: " + e.getMessage(), e);
    }
    refusePlaceholders(script.file(), text);
    return FlywayStatements.parse(configuration, script.file(), text);
  }

  /**
   * Flyway replaces {@code ${name}} everywhere in a script, comments and strings included, with
   * values from its configuration, which the import does not have.
   */
  private static void refusePlaceholders(String file, String text) {
    String[] lines = text.split("\r\n|\r|\n", -1);
    for (int i = 0; i < lines.length; i++) {
      Matcher placeholder = PLACEHOLDER.matcher(lines[i]);
      if (placeholder.find()) {
        throw new ImportException(file, null, "line " + (i + 1) + " uses the Flyway placeholder "
            + placeholder.group() + ", whose value is in Flyway's configuration: replace it with the value"
            + " it has for this database, then import again");
      }
    }
  }

  private static List<Path> files(Path folder, String shownAs) {
    try (Stream<Path> paths = Files.walk(folder)) {
      return paths.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      throw new ImportException(shownAs, null, "cannot be listed: " + e.getMessage(), e);
    }
  }
}
