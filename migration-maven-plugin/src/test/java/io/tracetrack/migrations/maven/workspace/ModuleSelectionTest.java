package io.tracetrack.migrations.maven.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tracetrack.migrations.core.MigrationException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which modules of a build a goal works in, for the usual layout: parent, model, db. */
class ModuleSelectionTest {
  private static final String PACKAGE = "com.example.migrations";

  @TempDir Path root;
  private Module parent;
  private Module model;
  private Module db;

  @BeforeEach
  void layout() throws IOException {
    Files.createDirectories(root.resolve("model/src/main/java/com/example/model"));
    Files.createDirectories(root.resolve("db/src/main/java/com/example/migrations"));
    parent = new Module("app", "pom", List.of(root.resolve("src/main/java")), false);
    model = new Module("model", "jar", List.of(root.resolve("model/src/main/java")), false);
    db = new Module("db", "jar", List.of(root.resolve("db/src/main/java")), true);
  }

  @Test
  void runsOnlyInTheModuleWithTheMigrations() {
    ModuleSelection selection = ModuleSelection.forMigrations(PACKAGE);
    assertEquals(Optional.of("packaging pom"), selection.skipReason(parent));
    assertEquals(Optional.of("no package com.example.migrations in its sources and no migration-maven-plugin in its POM"),
        selection.skipReason(model));
    assertEquals(Optional.empty(), selection.skipReason(db));
    selection.requireOne(List.of(parent, model, db), "tracetrack:migrate");
  }

  @Test
  void theMigrationsPackageOrThePluginIsEnough() {
    ModuleSelection selection = ModuleSelection.forMigrations(PACKAGE);
    Module packageOnly = new Module("db", "jar", db.sourceRoots(), false);
    Module pluginOnly = new Module("model", "jar", model.sourceRoots(), true);
    assertEquals(Optional.empty(), selection.skipReason(packageOnly));
    assertEquals(Optional.empty(), selection.skipReason(pluginOnly));
    Module pomWithPlugin = new Module("app", "pom", db.sourceRoots(), true);
    assertTrue(selection.skipReason(pomWithPlugin).isPresent());
  }

  @Test
  void noModuleWithTheMigrationsIsAnErrorNamingPackageAndModules() {
    ModuleSelection selection = ModuleSelection.forMigrations("com.example.typo");
    Module dbWithoutPlugin = new Module("db", "jar", db.sourceRoots(), false);
    MigrationException e = assertThrows(MigrationException.class,
        () -> selection.requireOne(List.of(parent, model, dbWithoutPlugin), "tracetrack:upgrade"));
    assertTrue(e.getMessage().startsWith("No module of this build (app, model, db) holds the migrations package"
        + " com.example.typo"), e.getMessage());
    assertTrue(e.getMessage().contains("tracetrack:upgrade did nothing"), e.getMessage());
  }

  @Test
  void initWorksWhereThePluginIsDeclaredOrInABuildOfOneModule() {
    ModuleSelection reactor = ModuleSelection.forInit(PACKAGE, 3);
    assertEquals(Optional.of("packaging pom"), reactor.skipReason(parent));
    assertEquals(Optional.of("no migration-maven-plugin in its POM"), reactor.skipReason(model));
    assertEquals(Optional.empty(), reactor.skipReason(db));

    Module alone = new Module("app", "jar", List.of(root.resolve("src/main/java")), false);
    assertEquals(Optional.empty(), ModuleSelection.forInit(PACKAGE, 1).skipReason(alone));
    MigrationException e = assertThrows(MigrationException.class,
        () -> reactor.requireOne(List.of(parent, model), "tracetrack:init"));
    assertTrue(e.getMessage().contains("names migration-maven-plugin"), e.getMessage());
  }
}
