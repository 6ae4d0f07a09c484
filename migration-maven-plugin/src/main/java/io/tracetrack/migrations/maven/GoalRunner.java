package io.tracetrack.migrations.maven;

import io.tracetrack.migrations.core.MigrationLog;
import io.tracetrack.migrations.core.Migrator;
import io.tracetrack.migrations.core.check.CheckReport;
import io.tracetrack.migrations.core.codegen.NewMigration;
import io.tracetrack.migrations.core.loader.MigrationSet;
import io.tracetrack.migrations.core.loader.ProjectClasses;
import io.tracetrack.migrations.core.loader.ProjectLayout;
import io.tracetrack.migrations.core.runner.ChangedMigration;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.BiFunction;

/**
 * The goals' work with no Maven types: the project's migrations loaded, the engine run on the
 * {@link GoalDatabase}. The Mojos call it with their parameters and turn an engine error into a
 * failed build with {@link ErrorMessages}; the reliability suite calls the same methods.
 */
public final class GoalRunner {
  private final ProjectLayout layout;
  private final GoalDatabase database;
  private final Duration lockTimeout;
  private final MigrationLog log;

  public GoalRunner(ProjectLayout layout, GoalDatabase database, Duration lockTimeout, MigrationLog log) {
    this.layout = layout;
    this.database = database;
    this.lockTimeout = lockTimeout;
    this.log = log;
  }

  /** Runs an action with the project's compiled classes and migrations loaded. */
  public <T> T withMigrator(BiFunction<ProjectClasses, Migrator, T> action) {
    try (ProjectClasses classes = new ProjectClasses(layout, log)) {
      MigrationSet migrations = classes.migrations();
      if (migrations.isEmpty()) {
        migrations.source().flatMap(source -> ErrorMessages.noMigrationsForEntities(source.noneFound(),
            classes.declaredTables())).ifPresent(log::warn);
      }
      return action.apply(classes, new Migrator(migrations, log));
    }
  }

  /** {@code tracetrack:upgrade}. */
  public void upgrade(String target) {
    withMigrator((classes, migrator) -> database.with(db -> migrator.upgrade(db, target, lockTimeout)));
  }

  /** {@code tracetrack:downgrade}. */
  public void downgrade(String target) {
    withMigrator((classes, migrator) -> database.with(db -> migrator.downgrade(db, target, lockTimeout)));
  }

  /** {@code tracetrack:repair}: the migrations whose changes were accepted. */
  public List<ChangedMigration> repair() {
    return withMigrator((classes, migrator) -> database.with(db -> migrator.repair(db, lockTimeout)));
  }

  /** {@code tracetrack:check}, with or without the database. */
  public CheckReport check(boolean offline) {
    return withMigrator((classes, migrator) -> offline
        ? migrator.check(classes.snapshot())
        : database.with(db -> migrator.check(classes.snapshot(), db)));
  }

  /** {@code tracetrack:revision}: the file written. */
  public Path revision(String message) {
    return withMigrator((classes, migrator) -> migrator.revision(message,
        NewMigration.at(classes.layout().mainSourceRoot(), classes.layout().migrationsPackage())));
  }
}
