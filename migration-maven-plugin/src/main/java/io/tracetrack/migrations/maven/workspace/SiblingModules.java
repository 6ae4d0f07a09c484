package io.tracetrack.migrations.maven.workspace;

import io.tracetrack.migrations.core.MigrationException;
import io.tracetrack.migrations.core.schema.Snapshot;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

/**
 * Keeps a goal run in one module from reading another module's entities out of date. When the
 * class path holds the jar of a module of the same build from the local repository (a goal run in
 * the migrations module alone), and that module's classes folder was built after the jar, the
 * classes folder takes the jar's place; when the module's sources changed after both, the
 * entities are out of date and {@link Result#stale()} says which.
 */
public final class SiblingModules {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private SiblingModules() {}

  /**
   * A module of the same build whose jar the class path takes from the local repository.
   *
   * @param name its artifactId
   * @param jar the jar on the class path
   * @param classesDirectory its compiled classes ({@code target/classes})
   * @param sourceRoots its main source roots
   */
  public record Sibling(String name, Path jar, Path classesDirectory, List<Path> sourceRoots) {
    public Sibling {
      Objects.requireNonNull(name, "name == null");
      Objects.requireNonNull(jar, "jar == null");
      Objects.requireNonNull(classesDirectory, "classesDirectory == null");
      sourceRoots = List.copyOf(sourceRoots);
    }
  }

  /** A module whose sources changed after its classes and its jar were built. */
  public record Stale(Sibling sibling, Path source, FileTime sourceTime, Path built, FileTime builtTime) {
    /** One sentence naming the module, the newest source and what it is newer than. */
    public String describe() {
      return "module " + sibling.name() + " changed after it was last built: " + source + " (" + format(sourceTime)
          + ") is newer than " + built + " (" + format(builtTime) + ")";
    }
  }

  /**
   * The class path to use and what was found.
   *
   * @param classpath the class path, with a sibling's classes folder in place of its older jar
   * @param notes one line per substitution, for the log
   * @param stale the siblings whose entities are out of date
   */
  public record Result(List<Path> classpath, List<String> notes, List<Stale> stale) {
    public Result {
      classpath = List.copyOf(classpath);
      notes = List.copyOf(notes);
      stale = List.copyOf(stale);
    }

    /**
     * What is out of date and the command that builds it with this module, or empty.
     *
     * @param goal the goal as typed ({@code tracetrack:migrate})
     * @param root the build's root folder
     * @param module this module's folder
     */
    public Optional<String> staleMessage(String goal, Path root, Path module) {
      if (stale.isEmpty()) {
        return Optional.empty();
      }
      String what = stale.stream().map(Stale::describe).collect(Collectors.joining("; "));
      String selector = root.relativize(module).toString().replace('\\', '/');
      if (selector.isEmpty()) {
        selector = ".";
      }
      return Optional.of("The entities " + goal + " would read are out of date: " + what + ". Build them with"
          + " this module: in " + root + " run mvn -pl " + selector + " -am " + goal
          + " (or mvn " + goal + " for the whole build); or mvn install in the changed module first.");
    }
  }

  /** Checks the class path against the siblings of the same build. */
  public static Result check(List<Path> classpath, List<Sibling> siblings) {
    Map<Path, Sibling> byJar = siblings.stream()
        .collect(Collectors.toMap(s -> s.jar().toAbsolutePath().normalize(), Function.identity(), (a, b) -> a));
    List<Path> result = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    List<Stale> stale = new ArrayList<>();
    for (Path entry : classpath) {
      Sibling sibling = byJar.get(entry.toAbsolutePath().normalize());
      if (sibling == null) {
        result.add(entry);
        continue;
      }
      Path classesSnapshot = sibling.classesDirectory().resolve(Snapshot.RESOURCE);
      boolean classesHold = Files.isRegularFile(classesSnapshot);
      if (!classesHold && !jarHoldsSnapshot(entry)) {
        result.add(entry); // no entities in this module
        continue;
      }
      FileTime jarTime = modified(entry);
      Path built = entry;
      FileTime builtTime = jarTime;
      if (classesHold && modified(classesSnapshot).compareTo(jarTime) > 0) {
        built = sibling.classesDirectory();
        builtTime = modified(classesSnapshot);
        notes.add("Entities of module " + sibling.name() + " from " + built + " (built " + format(builtTime)
            + "), newer than its jar " + entry + " (" + format(jarTime) + ")");
      }
      result.add(built);
      Optional<Path> newest = newestSource(sibling.sourceRoots());
      if (newest.isPresent() && modified(newest.get()).compareTo(builtTime) > 0) {
        stale.add(new Stale(sibling, newest.get(), modified(newest.get()), built, builtTime));
      }
    }
    return new Result(result, notes, stale);
  }

  private static boolean jarHoldsSnapshot(Path jar) {
    if (!Files.isRegularFile(jar)) {
      return false;
    }
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      return zip.getEntry(Snapshot.RESOURCE) != null;
    } catch (IOException e) {
      throw new MigrationException("Cannot read " + jar + ": " + e.getMessage(), e);
    }
  }

  private static Optional<Path> newestSource(List<Path> roots) {
    Path newest = null;
    for (Path root : roots) {
      if (!Files.isDirectory(root)) {
        continue;
      }
      try (Stream<Path> files = Files.walk(root)) {
        Optional<Path> found = files.filter(Files::isRegularFile)
            .max(Comparator.comparing(SiblingModules::modified));
        if (found.isPresent() && (newest == null || modified(found.get()).compareTo(modified(newest)) > 0)) {
          newest = found.get();
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return Optional.ofNullable(newest);
  }

  private static FileTime modified(Path file) {
    try {
      return Files.getLastModifiedTime(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String format(FileTime time) {
    return LocalDateTime.ofInstant(time.toInstant().truncatedTo(ChronoUnit.SECONDS), ZoneId.systemDefault())
        .format(TIME);
  }
}
