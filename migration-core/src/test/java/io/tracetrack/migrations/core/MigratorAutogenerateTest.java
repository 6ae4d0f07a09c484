package io.tracetrack.migrations.core;

import static io.tracetrack.migrations.core.testsupport.Schemas.col;
import static io.tracetrack.migrations.core.testsupport.Schemas.notNull;
import static io.tracetrack.migrations.core.testsupport.Schemas.schema;
import static io.tracetrack.migrations.core.testsupport.Schemas.table;
import static io.tracetrack.migrations.core.testsupport.Schemas.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tracetrack.migrations.Migration;
import io.tracetrack.migrations.Revision;
import io.tracetrack.migrations.core.codegen.NewMigration;
import io.tracetrack.migrations.core.loader.LoadedMigration;
import io.tracetrack.migrations.core.loader.MigrationSet;
import io.tracetrack.migrations.core.revision.RevisionInfo;
import io.tracetrack.migrations.core.schema.Schema;
import io.tracetrack.migrations.core.schema.Snapshot;
import io.tracetrack.migrations.core.testsupport.JavaSourceCompiler;
import io.tracetrack.migrations.core.testsupport.TestMigrations;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Migrator.autogenerate end to end: snapshot in, migration source file out. */
class MigratorAutogenerateTest {
  private static final String PACKAGE = "com.example.migrations";
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T10:30:00Z"), ZoneOffset.UTC);
  private static final Schema USER_SCHEMA = schema(table("user",
      List.of(notNull("id", "bigint"), notNull("name", "varchar(100)"), col("email", "varchar(255)")),
      List.of("id"), unique("user_email_key", "email")));
  private static final Snapshot SNAPSHOT = new Snapshot(USER_SCHEMA, Map.of("user", "com.example.User"));

  @TempDir
  Path temp;

  private final List<String> warnings = new ArrayList<>();
  private Path sourceRoot;
  private NewMigration target;

  @BeforeEach
  void target() {
    sourceRoot = temp.resolve("src/main/java");
    Iterator<String> ids = List.of("ae1027a6acf1", "0c2b3d4e5f60", "1d2e3f405162").iterator();
    target = new NewMigration(sourceRoot, PACKAGE, CLOCK, ids::next);
  }

  private Migrator migrator(List<LoadedMigration> migrations) {
    return new Migrator(new MigrationSet(migrations), new MigrationLog() {
      @Override
      public void info(String message) {}

      @Override
      public void warn(String message) {
        warnings.add(message);
      }
    });
  }

  @Test
  void writesAMigrationForANewTable() throws Exception {
    Optional<Path> written = migrator(List.of()).autogenerate(SNAPSHOT, "Create user table", target);

    Path expected = sourceRoot.resolve("com/example/migrations/M20261126103000_CreateUserTable.java");
    assertEquals(Optional.of(expected), written);
    String source = Files.readString(expected);
    assertTrue(source.startsWith("package com.example.migrations;\n"), source);
    assertTrue(source.contains("""
        /**
         * Create user table
         *
         * Revision ID: ae1027a6acf1
         * Revises: <base>
         * Create Date: 2026-11-26 10:30:00
         */
        @Revision(
                id = "ae1027a6acf1",
                message = "Create user table",
                createDate = "2026-11-26 10:30:00"
        )
        public final class M20261126103000_CreateUserTable implements Migration {
        """), source);
    assertTrue(source.contains("""
                op.createTable("user",
                        column("id", "bigint").primaryKey(),
                        column("name", "varchar(100)").notNull(),
                        column("email", "varchar(255)").unique());
        """), source);
    assertTrue(source.contains("op.dropTable(\"user\");"), source);
  }

  @Test
  void noChangesGivesEmpty() throws Exception {
    Path written = migrator(List.of()).autogenerate(SNAPSHOT, "Create user table", target).orElseThrow();
    LoadedMigration loaded = compileAndLoad(written, "M20261126103000_CreateUserTable");

    Optional<Path> again = migrator(List.of(loaded)).autogenerate(SNAPSHOT, "Nothing", target);
    assertEquals(Optional.empty(), again);
    assertEquals(List.of(written), listSources());
  }

  @Test
  void nextMigrationRevisesTheHeadAndCarriesWarnings() throws Exception {
    Path first = migrator(List.of()).autogenerate(SNAPSHOT, "Create user table", target).orElseThrow();
    LoadedMigration loaded = compileAndLoad(first, "M20261126103000_CreateUserTable");

    Snapshot withoutEmail = new Snapshot(schema(table("user",
        List.of(notNull("id", "bigint"), notNull("name", "varchar(100)")), List.of("id"))), Map.of("user", "com.example.User"));
    NewMigration later = new NewMigration(sourceRoot, PACKAGE, Clock.offset(CLOCK, java.time.Duration.ofMinutes(1)),
        () -> "0c2b3d4e5f60");
    Path second = migrator(List.of(loaded)).autogenerate(withoutEmail, "Drop email", later).orElseThrow();

    assertEquals("M20261126103100_DropEmail.java", second.getFileName().toString());
    String source = Files.readString(second);
    assertTrue(source.contains(" * Revises: ae1027a6acf1\n"), source);
    assertTrue(source.contains("revises = \"ae1027a6acf1\","), source);
    assertTrue(source.contains("// WARNING: Drops column \"email\" of \"user\" and its data"), source);
    assertEquals(List.of("Drops column \"email\" of \"user\" and its data"), warnings);

    LoadedMigration secondLoaded = compileAndLoad(second, "M20261126103100_DropEmail");
    assertEquals(List.of("ae1027a6acf1"), secondLoaded.info().parents());
    assertEquals(Optional.empty(), migrator(List.of(loaded, secondLoaded)).autogenerate(withoutEmail, "Again", later));
  }

  @Test
  void blankMessageIsRefused() {
    Migrator migrator = migrator(List.of());
    MigrationException e = assertThrows(MigrationException.class, () -> migrator.autogenerate(SNAPSHOT, "  ", target));
    assertTrue(e.getMessage().contains("A message is required"), e.getMessage());
    assertThrows(MigrationException.class, () -> migrator.autogenerate(SNAPSHOT, null, target));
    assertTrue(!Files.exists(sourceRoot), "nothing written");
  }

  @Test
  void anExistingFileIsNeverOverwritten() throws Exception {
    Path file = sourceRoot.resolve("com/example/migrations/M20261126103000_CreateUserTable.java");
    Files.createDirectories(file.getParent());
    Files.writeString(file, "// hand-written, keep me\n");

    MigrationException e = assertThrows(MigrationException.class,
        () -> migrator(List.of()).autogenerate(SNAPSHOT, "Create user table", target));
    assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
    assertTrue(e.getMessage().contains("already exists"), e.getMessage());
    assertEquals("// hand-written, keep me\n", Files.readString(file));
  }

  @Test
  void revisionWritesAnEmptyMigrationWithAHint() throws Exception {
    Path written = migrator(List.of()).revision("Backfill names", target);
    assertEquals(sourceRoot.resolve("com/example/migrations/M20261126103000_BackfillNames.java"), written);
    String source = Files.readString(written);
    assertTrue(source.contains("// Add operations here"), source);
    assertTrue(source.contains(" * Revision ID: ae1027a6acf1\n"), source);
  }

  private List<Path> listSources() throws Exception {
    try (var files = Files.walk(sourceRoot)) {
      return files.filter(Files::isRegularFile).sorted().toList();
    }
  }

  private LoadedMigration compileAndLoad(Path source, String simpleName) throws Exception {
    Path classes = temp.resolve("classes-" + simpleName);
    JavaSourceCompiler.compile(List.of(source), classes);
    Class<?> type = JavaSourceCompiler.load(classes, PACKAGE + "." + simpleName);
    Revision revision = type.getAnnotation(Revision.class);
    RevisionInfo info = new RevisionInfo(revision.id(), List.of(revision.revises()), revision.message(),
        revision.createDate(), type.getName());
    return new LoadedMigration(info, (Migration) type.getDeclaredConstructor().newInstance(),
        TestMigrations.standInChecksum(info.origin()));
  }
}
