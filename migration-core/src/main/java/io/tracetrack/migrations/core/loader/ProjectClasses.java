package io.tracetrack.migrations.core.loader;

import io.tracetrack.migrations.Migration;
import io.tracetrack.migrations.core.MigrationException;
import io.tracetrack.migrations.core.MigrationLog;
import io.tracetrack.migrations.core.schema.MissingSnapshotException;
import io.tracetrack.migrations.core.schema.Snapshot;
import io.tracetrack.migrations.core.schema.SnapshotException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * A project's compiled classes, loaded in a child of the engine's class loader: the migration API
 * types resolve to the engine's copy (parent first), so casts to {@code Migration} work.
 */
public final class ProjectClasses implements AutoCloseable {
  private final ProjectLayout layout;
  private final URLClassLoader classLoader;
  private final MigrationLog log;
  /** The snapshots on the class path, read once: migrations, entities and tables all start from them. */
  private List<Snapshot> snapshots;
  /** Those snapshots merged, once: a thousand tables are not merged again for each question. */
  private Snapshot merged;

  public ProjectClasses(ProjectLayout layout, MigrationLog log) {
    this.layout = layout;
    this.log = log;
    Set<Path> entries = new LinkedHashSet<>();
    entries.add(layout.classesDirectory());
    entries.addAll(layout.classpath());
    this.classLoader = new MigrationsFirstLoader(toUrls(entries), ProjectClasses.class.getClassLoader(),
        layout.migrationsPackage());
  }

  public ProjectLayout layout() {
    return layout;
  }

  /**
   * The migrations in the project's migrations package, replayed from a database that has the
   * external schemas the snapshot lists (none without a snapshot); empty when there are none (see
   * {@link #declaredTables}).
   */
  public MigrationSet migrations() {
    // Read only if a replay needs them: an upgrade of a new database reads no snapshot.
    Supplier<Set<String>> external = () -> snapshots().isEmpty() ? Set.of() : merged().externalSchemas();
    String packageName = layout.migrationsPackage();
    MigrationSource source = new MigrationSource(packageName,
        layout.classesDirectory().resolve(packageName.replace('.', '/')));
    return new MigrationScanner(classLoader, layout.sourceRoots(), log)
        .scan(layout.classesDirectory(), packageName, external).foundIn(source);
  }

  /**
   * The tables the entities declare, sorted; empty when there is no snapshot. With no migrations
   * found, a non-empty answer means a wrong package or a first migration still to write.
   */
  public Set<String> declaredTables() {
    return snapshots().isEmpty() ? Set.of() : new TreeSet<>(merged().schema().tables().keySet());
  }

  /** Every schema snapshot on the project's class path, merged. */
  public Snapshot snapshot() {
    if (snapshots().isEmpty()) {
      throw new MissingSnapshotException(layout.classesDirectory());
    }
    return merged();
  }

  private Snapshot merged() {
    if (merged == null) {
      merged = Snapshot.merge(snapshots());
    }
    return merged;
  }

  private List<Snapshot> snapshots() {
    if (snapshots != null) {
      return snapshots;
    }
    List<Snapshot> found = new ArrayList<>();
    // A loader without the engine as parent, so only the project's own entries are searched.
    try (URLClassLoader resources = new URLClassLoader(classLoader.getURLs(), null)) {
      for (URL url : Collections.list(resources.getResources(Snapshot.RESOURCE))) {
        try (InputStream in = url.openStream()) {
          found.add(Snapshot.read(in, url.toString()));
        }
      }
    } catch (IOException e) {
      throw new SnapshotException("Cannot read the schema snapshot: " + e.getMessage(), e);
    }
    snapshots = List.copyOf(found);
    return snapshots;
  }

  @Override
  public void close() {
    try {
      classLoader.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Loads the classes of the migrations package from the project before asking its parent: the
   * plugin's class realm (a few dozen jars, then Maven's own) never holds a project's package, and
   * asking it first costs a failed search of every jar for each of hundreds of migrations. Every
   * other class, the migration API's included, still comes from the parent first.
   */
  private static final class MigrationsFirstLoader extends URLClassLoader {
    private final String packagePrefix;

    MigrationsFirstLoader(URL[] urls, ClassLoader parent, String migrationsPackage) {
      super(urls, parent);
      boolean apiPackage = migrationsPackage.equals(Migration.class.getPackageName())
          || migrationsPackage.startsWith(Migration.class.getPackageName() + ".");
      this.packagePrefix = apiPackage || migrationsPackage.isEmpty() ? null : migrationsPackage + ".";
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
      if (packagePrefix == null || !name.startsWith(packagePrefix) || name.indexOf('.', packagePrefix.length()) >= 0) {
        return super.loadClass(name, resolve);
      }
      synchronized (getClassLoadingLock(name)) {
        Class<?> type = findLoadedClass(name);
        if (type == null) {
          try {
            type = findClass(name);
          } catch (ClassNotFoundException notInProject) {
            return super.loadClass(name, resolve);
          }
        }
        if (resolve) {
          resolveClass(type);
        }
        return type;
      }
    }
  }

  private static URL[] toUrls(Set<Path> entries) {
    List<URL> urls = new ArrayList<>();
    for (Path entry : entries) {
      try {
        urls.add(entry.toUri().toURL());
      } catch (MalformedURLException e) {
        throw new MigrationException("Bad class path entry " + entry, e);
      }
    }
    return urls.toArray(URL[]::new);
  }
}
