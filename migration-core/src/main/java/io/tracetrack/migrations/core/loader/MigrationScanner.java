package io.tracetrack.migrations.core.loader;

import io.tracetrack.migrations.Migration;
import io.tracetrack.migrations.Revision;
import io.tracetrack.migrations.core.MigrationException;
import io.tracetrack.migrations.core.MigrationLog;
import io.tracetrack.migrations.core.revision.RevisionIds;
import io.tracetrack.migrations.core.revision.RevisionInfo;
import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Finds the migration classes of one package, in a compiled-classes folder or anywhere on a class
 * loader's path (folders and jars). In a folder, a class file whose
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
    return scan(classesDirectory, packageName, () -> externalSchemas);
  }

  /**
   * The migrations of a package, to run on a database where {@code externalSchemas} exist already;
   * they are asked for only when a replay needs them.
   */
  public MigrationSet scan(Path classesDirectory, String packageName, Supplier<Set<String>> externalSchemas) {
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
    List<String> simpleNames = new ArrayList<>();
    Set<String> present = new TreeSet<>();
    for (Path classFile : classFiles) {
      String simpleName = classFile.getFileName().toString().replaceFirst("\\.class$", "");
      if (simpleName.contains("$")) {
        continue;
      }
      present.add(simpleName);
      if (!sourceRoots.isEmpty() && !hasSource(packageName, simpleName)) {
        log.warn("Ignoring " + classFile + ": its source file is gone (a clean build removes it)");
        continue;
      }
      simpleNames.add(simpleName);
    }
    RevisionIndex index = readIndex(classesDirectory.resolve(RevisionIndex.resourceName(packageName)));
    return load(packageName, simpleNames, present, index, externalSchemas);
  }

  /**
   * The migration classes of a package wherever the class loader finds it: in classes folders and
   * in jars alike (an application's own jar, say). A jar must list the package's folder among its
   * entries, as the jar tool and Maven's jar plugin write them.
   */
  public MigrationSet scanClassPath(String packageName) {
    String path = packageName.replace('.', '/');
    Set<String> simpleNames = new TreeSet<>();
    RevisionIndex index;
    try {
      for (URL url : Collections.list(classLoader.getResources(path))) {
        simpleNames.addAll(classNames(url, path));
      }
      List<URL> indexes = Collections.list(classLoader.getResources(RevisionIndex.resourceName(packageName)));
      // A package spread over several entries has no single index: its classes are loaded instead.
      index = indexes.size() == 1 ? readIndex(indexes.get(0)) : null;
    } catch (IOException | URISyntaxException e) {
      throw new MigrationException("Cannot list the migration classes of package " + packageName + ": " + e, e);
    }
    return load(packageName, List.copyOf(simpleNames), simpleNames, index, Set::of);
  }

  /** The top-level class names directly in a package folder, found at {@code url} (a folder or a jar entry). */
  private static List<String> classNames(URL url, String path) throws IOException, URISyntaxException {
    List<String> names = new ArrayList<>();
    if (url.getProtocol().equals("file")) {
      try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
        files.map(f -> f.getFileName().toString()).forEach(names::add);
      }
    } else if (url.openConnection() instanceof JarURLConnection connection) {
      connection.setUseCaches(false);
      try (JarFile jar = connection.getJarFile()) {
        jar.stream().map(JarEntry::getName)
            .filter(name -> name.startsWith(path + "/") && name.indexOf('/', path.length() + 1) < 0)
            .map(name -> name.substring(path.length() + 1))
            .forEach(names::add);
      }
    } else {
      throw new IOException("cannot list " + url + ": neither a folder nor a jar");
    }
    return names.stream().filter(name -> name.endsWith(".class") && !name.contains("$"))
        .map(name -> name.substring(0, name.length() - ".class".length())).sorted().toList();
  }

  /**
   * The migrations among {@code simpleNames}: from the processor's index when it describes
   * exactly the classes there ({@code present} are all top-level class files, stale ones
   * included), else by loading every class.
   */
  private MigrationSet load(String packageName, List<String> simpleNames, Set<String> present, RevisionIndex index,
      Supplier<Set<String>> externalSchemas) {
    if (index != null && IndexedMigrations.describes(index, simpleNames, present)) {
      return new MigrationSet(IndexedMigrations.of(index, packageName, simpleNames, this::indexedMigration),
          externalSchemas);
    }
    return load(packageName, simpleNames, externalSchemas);
  }

  /** A migration of the index: its checksum from there (or its source), its class loaded when first used. */
  private LoadedMigration indexedMigration(String className, RevisionIndex.Entry entry) {
    checkIds(className, entry.id(), entry.revises());
    RevisionInfo info = new RevisionInfo(entry.id(), entry.revises(), entry.message(), entry.createDate(), className);
    String checksum = entry.checksum() != null ? entry.checksum()
        : checksum(className, entry.id(), entry.revises(), entry.transactional());
    return new LoadedMigration(info, () -> IndexedMigrations.instantiate(load(className), entry,
        type -> instantiate(type)), checksum, entry.transactional());
  }

  private MigrationSet load(String packageName, List<String> simpleNames, Supplier<Set<String>> externalSchemas) {
    List<LoadedMigration> found = new ArrayList<>();
    for (String simpleName : simpleNames) {
      String className = packageName + "." + simpleName;
      Class<?> type = load(className);
      Revision revision = type.getAnnotation(Revision.class);
      if (revision == null) {
        continue;
      }
      if (!Migration.class.isAssignableFrom(type)) {
        throw new MigrationException(className + " carries @Revision(id = \"" + revision.id()
            + "\") but does not implement " + Migration.class.getName());
      }
      checkIds(className, revision.id(), Arrays.asList(revision.revises()));
      RevisionInfo info = new RevisionInfo(revision.id(), Arrays.asList(revision.revises()),
          revision.message(), revision.createDate(), className);
      found.add(new LoadedMigration(info, instantiate(type.asSubclass(Migration.class)),
          checksum(className, revision.id(), Arrays.asList(revision.revises()), revision.transactional())));
    }
    return new MigrationSet(found, externalSchemas);
  }

  private static void checkIds(String className, String id, List<String> revises) {
    String problem = RevisionIds.problem(id);
    if (problem != null) {
      throw new MigrationException(className + " declares @Revision(id = \"" + id
          + "\"), which is not a valid revision id: " + problem);
    }
    for (String parent : revises) {
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
  private String checksum(String className, String id, List<String> revises, boolean transactional) {
    try (InputStream recorded = classLoader.getResourceAsStream(MigrationChecksum.resourceName(className))) {
      if (recorded != null) {
        return new String(recorded.readAllBytes(), StandardCharsets.UTF_8).strip();
      }
      int dot = className.lastIndexOf('.');
      Path source = source(className.substring(0, Math.max(dot, 0)), className.substring(dot + 1));
      if (source != null) {
        return MigrationChecksum.ofSource(Files.readString(source, StandardCharsets.UTF_8), id, revises,
            transactional);
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

  /** The processor's index at {@code file}, or null when there is none (or it cannot be read: then classes are loaded). */
  private RevisionIndex readIndex(Path file) {
    if (!Files.isRegularFile(file)) {
      return null;
    }
    try (InputStream in = Files.newInputStream(file)) {
      return RevisionIndex.read(in, file.toString());
    } catch (IOException e) {
      log.warn(e.getMessage() + "; loading every migration class instead");
      return null;
    }
  }

  private RevisionIndex readIndex(URL url) {
    try (InputStream in = url.openStream()) {
      return RevisionIndex.read(in, url.toString());
    } catch (IOException e) {
      log.warn(e.getMessage() + "; loading every migration class instead");
      return null;
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
