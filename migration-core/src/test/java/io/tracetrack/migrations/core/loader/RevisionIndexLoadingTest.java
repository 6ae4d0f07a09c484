package io.tracetrack.migrations.core.loader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tracetrack.migrations.Migration;
import io.tracetrack.migrations.core.Migrator;
import io.tracetrack.migrations.core.db.DatabaseSettings;
import io.tracetrack.migrations.core.revision.PlannedStep;
import io.tracetrack.migrations.core.runner.ChangedMigrationException;
import io.tracetrack.migrations.core.schema.SnapshotException;
import io.tracetrack.migrations.core.testsupport.Db;
import io.tracetrack.migrations.core.testsupport.JavaSourceCompiler;
import io.tracetrack.migrations.core.testsupport.PostgresServer;
import io.tracetrack.migrations.core.testsupport.RecordingLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Migrations compiled with the annotation processor, so with its revision index, run against a
 * real PostgreSQL: a run with nothing to do loads no migration class, a changed migration is still
 * caught, without a usable index the classes are loaded as before, and an upgrade reads no snapshot.
 */
class RevisionIndexLoadingTest {
  private static final String PACKAGE = "indexed.migrations";
  private static final Duration LOCK = Duration.ofSeconds(10);

  @TempDir Path temp;
  private Path sources;
  private Path classes;
  private DatabaseSettings database;

  @BeforeEach
  void compileTwoMigrations() throws IOException {
    sources = temp.resolve("src");
    classes = temp.resolve("classes");
    database = PostgresServer.newDatabase("revision_index");
    compile(true, migration("M1_Create", "a1a1a1a1a1a1", null, "op.createTable(\"t1\", column(\"id\", \"bigint\").primaryKey());"),
        migration("M2_Create", "b2b2b2b2b2b2", "a1a1a1a1a1a1", "op.createTable(\"t2\", column(\"id\", \"bigint\").primaryKey());"));
    assertTrue(Files.isRegularFile(classes.resolve(RevisionIndex.resourceName(PACKAGE))), "the processor wrote the index");
  }

  @Test
  void aRunWithNothingToDoLoadsNoMigrationClass() throws IOException {
    assertEquals(2, upgrade(new RecordingLoader(classes)).size());
    RecordingLoader second = new RecordingLoader(classes);
    assertEquals(List.of(), upgrade(second));
    assertEquals(Set.of(), second.loaded, "no migration class loaded for a run with nothing to do");
    assertEquals(List.of("b2b2b2b2b2b2"), Db.versions(database));
  }

  @Test
  void anAppliedMigrationChangedSinceIsCaughtFromTheIndexAlone() throws IOException {
    upgrade(new RecordingLoader(classes));
    compile(true, migration("M1_Create", "a1a1a1a1a1a1", null,
        "op.createTable(\"t1\", column(\"id\", \"bigint\").primaryKey(), column(\"name\", \"text\"));"));
    RecordingLoader loader = new RecordingLoader(classes);
    ChangedMigrationException changed = assertThrows(ChangedMigrationException.class, () -> upgrade(loader));
    assertTrue(changed.getMessage().contains("a1a1a1a1a1a1"), changed.getMessage());
    assertEquals(Set.of(), loader.loaded);
  }

  @Test
  void withoutTheIndexOrWithAClassItDoesNotKnowTheClassesAreLoaded() throws IOException {
    upgrade(new RecordingLoader(classes));
    // A migration compiled without the processor: the index no longer describes the package.
    compile(false, migration("M3_Create", "c3c3c3c3c3c3", "b2b2b2b2b2b2", "op.createTable(\"t3\", column(\"id\", \"bigint\").primaryKey());"));
    RecordingLoader loader = new RecordingLoader(classes);
    assertEquals(List.of("c3c3c3c3c3c3"), upgrade(loader).stream().map(s -> s.revision().id()).toList());
    assertEquals(Set.of(PACKAGE + ".M1_Create", PACKAGE + ".M2_Create", PACKAGE + ".M3_Create"), loader.loaded);

    Files.delete(classes.resolve(RevisionIndex.resourceName(PACKAGE)));
    RecordingLoader noIndex = new RecordingLoader(classes);
    assertEquals(List.of(), upgrade(noIndex));
    assertEquals(3, noIndex.loaded.size(), "every class loaded without an index");
  }

  @Test
  void anUpgradeReadsNoSnapshotAndLoadsTheMigrationsFromTheProject() throws IOException {
    // A snapshot that cannot be read: an upgrade that replays nothing must not need it.
    Path snapshot = Files.createDirectories(classes.resolve("META-INF/tracetrack")).resolve("schema.json");
    Files.writeString(snapshot, "not a snapshot");
    ProjectLayout layout = new ProjectLayout(classes, List.of(), List.of(sources), PACKAGE);
    try (ProjectClasses project = new ProjectClasses(layout, new RecordingLog())) {
      MigrationSet migrations = project.migrations();
      assertEquals(2, new Migrator(migrations, new RecordingLog()).upgrade(database, "head", LOCK).size());

      Class<?> type = migrations.get("a1a1a1a1a1a1").migration().getClass();
      assertNotSame(ProjectClasses.class.getClassLoader(), type.getClassLoader(), "defined by the project's loader");
      assertSame(Migration.class, type.getInterfaces()[0], "the API type is the engine's own");

      SnapshotException unreadable = assertThrows(SnapshotException.class, migrations::externalSchemas);
      assertTrue(unreadable.getMessage().contains("schema.json"), unreadable.getMessage());
    }
    assertEquals(List.of("b2b2b2b2b2b2"), Db.versions(database));
  }

  private List<PlannedStep> upgrade(RecordingLoader loader) throws IOException {
    try (loader) {
      MigrationSet migrations = new MigrationScanner(loader, List.of(sources), new RecordingLog()).scan(classes, PACKAGE);
      return new Migrator(migrations, new RecordingLog()).upgrade(database, "head", LOCK);
    }
  }

  private Path migration(String className, String id, String revises, String upgrade) throws IOException {
    return JavaSourceCompiler.write(sources, PACKAGE, className, String.join("\n",
        "package " + PACKAGE + ";",
        "import static io.tracetrack.migrations.ColumnDef.column;",
        "import io.tracetrack.migrations.*;",
        "@Revision(id = \"" + id + "\"" + (revises == null ? "" : ", revises = \"" + revises + "\"")
            + ", message = \"" + className + "\")",
        "public final class " + className + " implements Migration {",
        "  public void upgrade(Operations op) { " + upgrade + " }",
        "  public void downgrade(Operations op) { }",
        "}"));
  }

  /** javac into {@code classes} (on its class path, as an incremental build), with or without our processor. */
  private void compile(boolean withProcessor, Path... files) throws IOException {
    Files.createDirectories(classes);
    List<String> args = new ArrayList<>(List.of("-classpath", classes + java.io.File.pathSeparator
        + JavaSourceCompiler.classPath(), "-d", classes.toString()));
    args.addAll(withProcessor ? List.of("-processor", "io.tracetrack.migrations.processor.EntityProcessor")
        : List.of("-proc:none"));
    for (Path file : files) {
      args.add(file.toString());
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int status = ToolProvider.getSystemJavaCompiler().run(null, out, out, args.toArray(String[]::new));
    assertEquals(0, status, out.toString(StandardCharsets.UTF_8));
  }

  /** Loads the compiled classes and remembers which of them it loaded. */
  private static final class RecordingLoader extends URLClassLoader {
    final Set<String> loaded = new TreeSet<>();

    RecordingLoader(Path classes) throws IOException {
      super(new URL[] {classes.toUri().toURL()}, RevisionIndexLoadingTest.class.getClassLoader());
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
      loaded.add(name);
      return super.findClass(name);
    }
  }
}
