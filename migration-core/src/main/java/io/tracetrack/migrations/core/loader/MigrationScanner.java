package io.tracetrack.migrations.core.loader;

import io.tracetrack.migrations.Migration;
import io.tracetrack.migrations.Revision;
import io.tracetrack.migrations.core.MigrationException;
import io.tracetrack.migrations.core.MigrationLog;
import io.tracetrack.migrations.core.revision.RevisionIds;
import io.tracetrack.migrations.core.revision.RevisionInfo;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Finds the migration classes of one package in a compiled-classes folder. A class file whose
 * source file is gone (a deleted migration that an incremental build left behind) is skipped with a
 * warning, so it cannot survive as a stale revision.
 */
public final class MigrationScanner {
  private final ClassLoader classLoader;
  private final List<Path> sourceRoots;
  private final MigrationLog log;

  /**
   * @param classLoader loads the project's classes; it must delegate the migration API types to
   *     the engine's own class loader
   * @param sourceRoots where the sources live; empty to skip the stale-class check
   */
  public MigrationScanner(ClassLoader classLoader, List<Path> sourceRoots, MigrationLog log) {
    this.classLoader = classLoader;
    this.sourceRoots = List.copyOf(sourceRoots);
    this.log = log;
  }

  public MigrationSet scan(Path classesDirectory, String packageName) {
    return scan(classesDirectory, packageName, Set.of());
  }

  /** The migrations of a package, to run on a database where {@code externalSchemas} exist already. */
  public MigrationSet scan(Path classesDirectory, String packageName, Set<String> externalSchemas) {
    Path packageDirectory = classesDirectory.resolve(packageName.replace('.', '/'));
    List<LoadedMigration> found = new ArrayList<>();
    if (!Files.isDirectory(packageDirectory)) {
      return new MigrationSet(found, externalSchemas);
    }
    List<Path> classFiles;
    try (Stream<Path> files = Files.list(packageDirectory)) {
      classFiles = files.filter(f -> f.toString().endsWith(".class")).sorted().toList();
    } catch (IOException e) {
      throw new MigrationException("Cannot list migration classes in " + packageDirectory, e);
    }
    for (Path classFile : classFiles) {
      String simpleName = classFile.getFileName().toString().replaceFirst("\\.class$", "");
      if (simpleName.contains("$")) {
        continue;
      }
      String className = packageName + "." + simpleName;
      if (!sourceRoots.isEmpty() && !hasSource(packageName, simpleName)) {
        log.warn("Ignoring " + classFile + ": its source file is gone (run mvn clean to remove it)");
        continue;
      }
      Class<?> type = load(className);
      Revision revision = type.getAnnotation(Revision.class);
      if (revision == null) {
        continue;
      }
      if (!Migration.class.isAssignableFrom(type)) {
        throw new MigrationException(className + " carries @Revision(id = \"" + revision.id()
            + "\") but does not implement " + Migration.class.getName());
      }
      checkIds(className, revision);
      RevisionInfo info = new RevisionInfo(revision.id(), Arrays.asList(revision.revises()),
          revision.message(), revision.createDate(), className);
      found.add(new LoadedMigration(info, instantiate(type.asSubclass(Migration.class)),
          checksum(className, revision)));
    }
    return new MigrationSet(found, externalSchemas);
  }

  private static void checkIds(String className, Revision revision) {
    String problem = RevisionIds.problem(revision.id());
    if (problem != null) {
      throw new MigrationException(className + " declares @Revision(id = \"" + revision.id()
          + "\"), which is not a valid revision id: " + problem);
    }
    for (String parent : revision.revises()) {
      problem = RevisionIds.problem(parent);
      if (problem != null) {
        throw new MigrationException(className + " declares @Revision(revises = \"" + parent
            + "\"), which is not a valid revision id: " + problem);
      }
    }
  }

  private boolean hasSource(String packageName, String simpleName) {
    return source(packageName, simpleName) != null;
  }

  private Path source(String packageName, String simpleName) {
    String relative = packageName.replace('.', '/') + "/" + simpleName + ".java";
    return sourceRoots.stream().map(root -> root.resolve(relative)).filter(Files::isRegularFile).findFirst()
        .orElse(null);
  }

  /**
   * The checksum the processor recorded at compile time; else one computed from the source file;
   * else null, with a warning, since the migration cannot then be verified.
   */
  private String checksum(String className, Revision revision) {
    try (InputStream recorded = classLoader.getResourceAsStream(MigrationChecksum.resourceName(className))) {
      if (recorded != null) {
        return new String(recorded.readAllBytes(), StandardCharsets.UTF_8).strip();
      }
      int dot = className.lastIndexOf('.');
      Path source = source(className.substring(0, Math.max(dot, 0)), className.substring(dot + 1));
      if (source != null) {
        return MigrationChecksum.ofSource(Files.readString(source, StandardCharsets.UTF_8), revision.id(),
            Arrays.asList(revision.revises()), revision.transactional());
      }
    } catch (IOException e) {
      throw new MigrationException("Cannot read the checksum of migration " + className + ": " + e.getMessage(), e);
    }
    log.warn("Migration " + className + " has no checksum: it was compiled without the TraceTrack annotation"
        + " processor and its source is not at hand, so a change to it after it is applied cannot be detected");
    return null;
  }

  private Class<?> load(String className) {
    try {
      return Class.forName(className, false, classLoader);
    } catch (ClassNotFoundException | LinkageError e) {
      throw new MigrationException("Cannot load migration class " + className + ": " + e, e);
    }
  }

  private static Migration instantiate(Class<? extends Migration> type) {
    try {
      Constructor<? extends Migration> constructor = type.getDeclaredConstructor();
      if (!Modifier.isPublic(constructor.getModifiers())) {
        constructor.setAccessible(true);
      }
      return constructor.newInstance();
    } catch (ReflectiveOperationException | LinkageError e) {
      throw new MigrationException("Cannot create migration " + type.getName()
          + ": it needs a no-argument constructor (" + e + ")", e);
    }
  }
}
