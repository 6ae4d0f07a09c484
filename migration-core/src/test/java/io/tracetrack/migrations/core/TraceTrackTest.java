package io.tracetrack.migrations.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tracetrack.migrations.core.db.DatabaseSettings;
import io.tracetrack.migrations.core.loader.MigrationChecksum;
import io.tracetrack.migrations.core.revision.PlannedStep;
import io.tracetrack.migrations.core.revision.RevisionInfo;
import io.tracetrack.migrations.core.revision.UnknownRevisionException;
import io.tracetrack.migrations.core.runner.ChangedMigrationException;
import io.tracetrack.migrations.core.testsupport.Db;
import io.tracetrack.migrations.core.testsupport.JavaSourceCompiler;
import io.tracetrack.migrations.core.testsupport.PostgresServer;
import io.tracetrack.migrations.core.testsupport.RecordingLog;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * An application migrates its database at start-up with no Maven: compiled migrations packed in a
 * jar, found on the class path, applied over a {@link PGSimpleDataSource} to a real PostgreSQL.
 */
class TraceTrackTest {
  private static final String PACKAGE = "com.example.app.migrations";
  private static final String FIRST = """
      package com.example.app.migrations;

      import static io.tracetrack.migrations.ColumnDef.column;

      import io.tracetrack.migrations.Migration;
      import io.tracetrack.migrations.Operations;
      import io.tracetrack.migrations.Revision;

      @Revision(id = "a1a1a1a1a1a1", message = "Create account")
      public final class M1_CreateAccount implements Migration {
        @Override
        public void upgrade(Operations op) {
          op.createTable("account", column("id", "bigint").primaryKey(), column("name", "varchar(80)").notNull());
        }

        @Override
        public void downgrade(Operations op) {
          op.dropTable("account");
        }
      }
      """;
  private static final String SECOND = """
      package com.example.app.migrations;

      import static io.tracetrack.migrations.ColumnDef.column;

      import io.tracetrack.migrations.Migration;
      import io.tracetrack.migrations.Operations;
      import io.tracetrack.migrations.Revision;

      @Revision(id = "b2b2b2b2b2b2", revises = "a1a1a1a1a1a1", message = "Add email")
      public final class M2_AddEmail implements Migration {
        @Override
        public void upgrade(Operations op) {
          op.addColumn("account", column("email", "text"));
          op.execute("INSERT INTO account (id, name, email) VALUES (1, 'ada', 'ada@example.com')");
        }

        @Override
        public void downgrade(Operations op) {
          op.dropColumn("account", "email");
        }
      }
      """;

  @TempDir
  Path temp;

  private final RecordingLog log = new RecordingLog();

  @Test
  void anApplicationUpgradesFromMigrationsInItsJarOverADataSource() throws Exception {
    Path jar = migrationsJar(FIRST, SECOND);
    DatabaseSettings database = PostgresServer.newDatabase("facade");
    PGSimpleDataSource dataSource = dataSource(database);

    try (URLClassLoader application = new URLClassLoader(new URL[] {jar.toUri().toURL()},
        TraceTrackTest.class.getClassLoader())) {
      TraceTrack traceTrack = TraceTrack.configure(dataSource).migrationsPackage(PACKAGE).classLoader(application)
          .log(log);
      assertEquals(List.of(), traceTrack.current());

      List<PlannedStep> ran = traceTrack.upgrade();

      assertEquals(List.of("a1a1a1a1a1a1", "b2b2b2b2b2b2"), ran.stream().map(s -> s.revision().id()).toList());
      assertEquals(List.of("b2b2b2b2b2b2"), traceTrack.current().stream().map(RevisionInfo::id).toList());
      assertEquals(List.of(), traceTrack.upgrade(), "a second start finds nothing to do");
      assertTrue(log.lines().contains("Nothing to do: the database is at b2b2b2b2b2b2"), log.lines().toString());
      assertThrows(UnknownRevisionException.class, () -> traceTrack.upgrade("ffff"));
    }

    // The live schema, read from pg_catalog, and the version table.
    assertEquals(List.of("email:text:f", "id:bigint:t", "name:character varying(80):t"), Db.strings(database,
        "SELECT a.attname || ':' || format_type(a.atttypid, a.atttypmod) || ':' || (CASE WHEN a.attnotnull THEN 't'"
            + " ELSE 'f' END) FROM pg_catalog.pg_attribute a JOIN pg_catalog.pg_class c ON c.oid = a.attrelid"
            + " JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public'"
            + " AND c.relname = 'account' AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attname"));
    assertEquals(List.of("account_pkey"), Db.strings(database, "SELECT conname FROM pg_catalog.pg_constraint"
        + " WHERE conrelid = 'public.account'::regclass AND contype = 'p'"));
    assertEquals(List.of("ada"), Db.strings(database, "SELECT name FROM account"));
    assertEquals(List.of("b2b2b2b2b2b2"), Db.versions(database));
    // The checksums came from the jar's META-INF/tracetrack/checksums/, as the processor writes them.
    assertEquals(List.of("a1a1a1a1a1a1:upgrade:" + checksum(FIRST, "a1a1a1a1a1a1", List.of()),
        "b2b2b2b2b2b2:upgrade:" + checksum(SECOND, "b2b2b2b2b2b2", List.of("a1a1a1a1a1a1"))),
        Db.strings(database, "SELECT revision || ':' || direction || ':' || checksum FROM tracetrack_history ORDER BY id"));
  }

  @Test
  void aChangedAppliedMigrationStopsTheStartWithTheRevisionsNamed() throws Exception {
    DatabaseSettings database = PostgresServer.newDatabase("facade_changed");
    try (URLClassLoader v1 = new URLClassLoader(new URL[] {migrationsJar(FIRST).toUri().toURL()},
        TraceTrackTest.class.getClassLoader())) {
      TraceTrack.configure(dataSource(database)).migrationsPackage(PACKAGE).classLoader(v1).log(log).upgrade();
    }
    String edited = FIRST.replace("varchar(80)", "varchar(120)");
    try (URLClassLoader v2 = new URLClassLoader(new URL[] {migrationsJar(edited, SECOND).toUri().toURL()},
        TraceTrackTest.class.getClassLoader())) {
      ChangedMigrationException e = assertThrows(ChangedMigrationException.class,
          () -> TraceTrack.configure(dataSource(database)).migrationsPackage(PACKAGE).classLoader(v2).log(log).upgrade());
      assertEquals(List.of("a1a1a1a1a1a1"), e.changed().stream().map(c -> c.revision().id()).toList());
      assertTrue(!e.getMessage().contains("mvn") && !e.getMessage().contains("tracetrack:"), e.getMessage());
    }
    assertEquals(List.of("a1a1a1a1a1a1"), Db.versions(database));
  }

  private static PGSimpleDataSource dataSource(DatabaseSettings database) {
    PGSimpleDataSource dataSource = new PGSimpleDataSource();
    dataSource.setUrl(database.url());
    dataSource.setUser(database.user());
    return dataSource;
  }

  private static String checksum(String source, String id, List<String> revises) {
    return MigrationChecksum.ofSource(source, id, revises, true);
  }

  /** Compiles the sources and packs the classes, with each one's checksum resource, in a jar of their own. */
  private Path migrationsJar(String... sources) throws Exception {
    Path work = Files.createTempDirectory(temp, "app");
    List<Path> files = new ArrayList<>();
    for (String source : sources) {
      String className = source.substring(source.indexOf("class ") + 6, source.indexOf(" implements"));
      files.add(JavaSourceCompiler.write(work.resolve("src"), PACKAGE, className, source));
      String id = source.substring(source.indexOf("id = \"") + 6, source.indexOf("id = \"") + 18);
      List<String> revises = source.contains("revises = \"")
          ? List.of(source.substring(source.indexOf("revises = \"") + 11, source.indexOf("revises = \"") + 23)) : List.of();
      Path resource = work.resolve("classes").resolve(MigrationChecksum.resourceName(PACKAGE + "." + className));
      Files.createDirectories(resource.getParent());
      Files.writeString(resource, checksum(source, id, revises), StandardCharsets.UTF_8);
    }
    JavaSourceCompiler.compile(files, work.resolve("classes"));
    Path jar = work.resolve("app.jar");
    Path classes = work.resolve("classes");
    try (OutputStream out = Files.newOutputStream(jar); JarOutputStream jarOut = new JarOutputStream(out);
        Stream<Path> entries = Files.walk(classes)) {
      for (Path entry : entries.sorted().toList()) {
        if (entry.equals(classes)) {
          continue;
        }
        String name = classes.relativize(entry).toString().replace('\\', '/');
        jarOut.putNextEntry(new JarEntry(Files.isDirectory(entry) ? name + "/" : name));
        if (Files.isRegularFile(entry)) {
          Files.copy(entry, jarOut);
        }
        jarOut.closeEntry();
      }
    }
    return jar;
  }
}
