package io.tracetrack.migrations.core.loader;

import io.tracetrack.migrations.core.MigrationException;
import io.tracetrack.migrations.core.MigrationLog;
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

/**
 * A project's compiled classes, loaded in a child of the engine's class loader: the migration API
 * types resolve to the engine's copy (parent first), so casts to {@code Migration} work.
 */
public final class ProjectClasses implements AutoCloseable {
  /** How to set up the processor, for the error when no snapshot is found. */
  public static final String PROCESSOR_SNIPPET = """
      <plugin>
        <groupId>org.apache.maven.plugins</groupId>
        <artifactId>maven-compiler-plugin</artifactId>
        <configuration>
          <annotationProcessorPaths>
            <path>
              <groupId>io.tracetrack</groupId>
              <artifactId>migration-processor</artifactId>
              <version>${tracetrack.version}</version>
            </path>
          </annotationProcessorPaths>
        </configuration>
      </plugin>""";

  private final ProjectLayout layout;
  private final URLClassLoader classLoader;
  private final MigrationLog log;

  public ProjectClasses(ProjectLayout layout, MigrationLog log) {
    this.layout = layout;
    this.log = log;
    Set<Path> entries = new LinkedHashSet<>();
    entries.add(layout.classesDirectory());
    entries.addAll(layout.classpath());
    this.classLoader = new URLClassLoader(toUrls(entries), ProjectClasses.class.getClassLoader());
  }

  public ProjectLayout layout() {
    return layout;
  }

  /**
   * The migrations in the project's migrations package, replayed from a database that has the
   * external schemas the snapshot lists (none without a snapshot). When there are none while the
   * entities declare tables, warns, naming the package and the folder searched.
   */
  public MigrationSet migrations() {
    List<Snapshot> snapshots = snapshots();
    Set<String> external = snapshots.isEmpty() ? Set.of() : Snapshot.merge(snapshots).externalSchemas();
    String packageName = layout.migrationsPackage();
    MigrationSource source = new MigrationSource(packageName,
        layout.classesDirectory().resolve(packageName.replace('.', '/')));
    MigrationSet found = new MigrationScanner(classLoader, layout.sourceRoots(), log)
        .scan(layout.classesDirectory(), packageName, external).foundIn(source);
    if (found.isEmpty()) {
      warnIfEntities(source);
    }
    return found;
  }

  private void warnIfEntities(MigrationSource source) {
    Snapshot entities;
    try {
      entities = snapshot();
    } catch (SnapshotException e) {
      return; // no entities to compare with; the goals that need them say so
    }
    Set<String> tables = entities.schema().tables().keySet();
    if (!tables.isEmpty()) {
      log.warn(source.noneFound() + ", while the entities declare " + tables.size()
          + (tables.size() == 1 ? " table (" : " tables (") + String.join(", ", new TreeSet<>(tables))
          + "): mvn tracetrack:migrate writes the first migration; if the migrations exist, check migrationsPackage"
          + " (tracetrack.migrationsPackage)");
    }
  }

  /** Every schema snapshot on the project's class path, merged. */
  public Snapshot snapshot() {
    List<Snapshot> found = snapshots();
    if (found.isEmpty()) {
      throw new SnapshotException("No schema snapshot (" + Snapshot.RESOURCE + ") in " + layout.classesDirectory()
          + " or on the class path: the tracetrack annotation processor did not run. Add it to the POM:\n"
          + PROCESSOR_SNIPPET);
    }
    return Snapshot.merge(found);
  }

  private List<Snapshot> snapshots() {
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
    return found;
  }

  @Override
  public void close() {
    try {
      classLoader.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
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
