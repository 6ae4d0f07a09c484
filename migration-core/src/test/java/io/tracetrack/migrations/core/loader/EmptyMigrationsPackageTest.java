package io.tracetrack.migrations.core.loader;

import static io.tracetrack.migrations.ColumnDef.column;
import static io.tracetrack.migrations.core.testsupport.Schemas.notNull;
import static io.tracetrack.migrations.core.testsupport.Schemas.schema;
import static io.tracetrack.migrations.core.testsupport.Schemas.table;
import static io.tracetrack.migrations.core.testsupport.TestMigrations.migration;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tracetrack.migrations.core.MigrationException;
import io.tracetrack.migrations.core.MigrationsNotFoundException;
import io.tracetrack.migrations.core.Migrator;
import io.tracetrack.migrations.core.db.DatabaseSettings;
import io.tracetrack.migrations.core.schema.Snapshot;
import io.tracetrack.migrations.core.testsupport.PostgresServer;
import io.tracetrack.migrations.core.testsupport.RecordingLog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/**
 * A migrations package that holds no migrations while the database or the entities say there
 * should be some (a mistyped {@code migrationsPackage}, a goal run in the wrong module) is reported
 * with the package and the folder searched, not taken for "nothing to do".
 */
class EmptyMigrationsPackageTest {
  private static final Duration LOCK_TIMEOUT = Duration.ofSeconds(10);
  private static final String NONE_FOUND = "No migrations found in package com.example.typo (searched ";

  @TempDir Path classes;
  private final RecordingLog log = new RecordingLog();

  @Test
  void aDatabaseAtARevisionWithNoMigrationsIsAnError() {
    DatabaseSettings database = PostgresServer.newDatabase("empty_package");
    new Migrator(new MigrationSet(List.of(migration("a1a1a1a1a1a1", List.of(), "Create user",
        op -> op.createTable("user", column("id", "bigint").primaryKey()), op -> op.dropTable("user")))), log)
        .upgrade(database, "head", LOCK_TIMEOUT);
    Path searched = classes.resolve("com/example/typo");
    Migrator empty = new Migrator(new MigrationSet(List.of()).foundIn(new MigrationSource("com.example.typo", searched)), log);

    for (Executable goal : List.<Executable>of(
        () -> empty.upgrade(database, "head", LOCK_TIMEOUT),
        () -> empty.downgrade(database, "-1", LOCK_TIMEOUT),
        () -> empty.check(Snapshot.EMPTY, database),
        () -> empty.repair(database, LOCK_TIMEOUT))) {
      MigrationsNotFoundException e = assertThrows(MigrationsNotFoundException.class, goal);
      assertEquals(NONE_FOUND + searched + "), but the database " + database.describe() + " is at revision a1a1a1a1a1a1",
          e.reason());
      assertEquals(java.util.Set.of("a1a1a1a1a1a1"), e.heads());
      assertEquals(searched, e.source().orElseThrow().directory());
    }
  }

  @Test
  void aFreshDatabaseWithNoMigrationsIsNotAnError() {
    DatabaseSettings database = PostgresServer.newDatabase("empty_package_fresh");
    Migrator empty = new Migrator(new MigrationSet(List.of()).foundIn(
        new MigrationSource("com.example.typo", classes.resolve("com/example/typo"))), log);
    assertEquals(List.of(), empty.upgrade(database, "head", LOCK_TIMEOUT));
  }

  @Test
  void entitiesWithNoMigrationsAreReportedWithPackageAndFolder() throws IOException {
    Files.createDirectories(classes.resolve("META-INF/tracetrack"));
    Snapshot entities = new Snapshot(schema(table("user", List.of(notNull("id", "bigint")), List.of("id"))), Map.of());
    Files.writeString(classes.resolve(Snapshot.RESOURCE), entities.toJson());
    ProjectLayout layout = new ProjectLayout(classes, List.of(), List.of(classes.resolve("src")), "com.example.typo");
    try (ProjectClasses project = new ProjectClasses(layout, log)) {
      assertTrue(project.migrations().isEmpty());
      assertEquals(NONE_FOUND + classes.resolve("com/example/typo") + ")",
          project.migrations().source().orElseThrow().noneFound());
      assertEquals(java.util.Set.of("user"), project.declaredTables());
    }
    assertEquals(List.of(), log.lines(), "the front end words the warning (the goals name migrationsPackage)");
  }

  @Test
  void noEntitiesAndNoMigrationsSayNothing() {
    ProjectLayout layout = new ProjectLayout(classes, List.of(), List.of(), "com.example.typo");
    try (ProjectClasses project = new ProjectClasses(layout, log)) {
      assertTrue(project.migrations().isEmpty());
    }
    assertEquals(List.of(), log.lines());
  }
}
