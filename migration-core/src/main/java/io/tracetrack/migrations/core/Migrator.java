package io.tracetrack.migrations.core;

import com.palantir.javapoet.JavaFile;
import io.tracetrack.migrations.core.codegen.MigrationClassWriter;
import io.tracetrack.migrations.core.codegen.NewMigration;
import io.tracetrack.migrations.core.codegen.RevisionHeader;
import io.tracetrack.migrations.core.check.CheckReport;
import io.tracetrack.migrations.core.check.DatabaseCheck;
import io.tracetrack.migrations.core.check.Difference;
import io.tracetrack.migrations.core.check.ModelCheck;
import io.tracetrack.migrations.core.db.DatabaseSettings;
import io.tracetrack.migrations.core.diff.SchemaDiff;
import io.tracetrack.migrations.core.loader.LoadedMigration;
import io.tracetrack.migrations.core.loader.MigrationSet;
import io.tracetrack.migrations.core.operation.Operation;
import io.tracetrack.migrations.core.replay.SchemaReplayer;
import io.tracetrack.migrations.core.revision.PlannedStep;
import io.tracetrack.migrations.core.revision.RevisionGraph;
import io.tracetrack.migrations.core.revision.RevisionInfo;
import io.tracetrack.migrations.core.revision.RevisionReport;
import io.tracetrack.migrations.core.runner.MigrationRunner;
import io.tracetrack.migrations.core.runner.ChangedMigration;
import io.tracetrack.migrations.core.schema.Schema;
import io.tracetrack.migrations.core.schema.Snapshot;
import io.tracetrack.migrations.core.script.SqlScript;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The commands, one method each, over a project's migrations: what the Maven goals call, and what
 * an application or a test can call directly.
 */
public final class Migrator {
  private final MigrationSet migrations;
  private final MigrationLog log;

  public Migrator(MigrationSet migrations, MigrationLog log) {
    this.migrations = migrations;
    this.log = log;
  }

  public MigrationSet migrations() {
    return migrations;
  }

  /**
   * Compares the entities' snapshot with the schema the migrations build and writes a migration
   * for the difference; empty when there is none ("No changes detected").
   */
  public Optional<Path> autogenerate(Snapshot snapshot, String message, NewMigration target) {
    requireMessage(message);
    RevisionGraph graph = migrations.graph();
    String parent = graph.head();
    Schema migrated = migrations.schemaAt(null);
    SchemaDiff diff = SchemaDiff.between(migrated, snapshot.schema(), snapshot.renames());
    if (diff.isEmpty()) {
      return Optional.empty();
    }
    proveRoundTrip(migrated, snapshot.schema(), diff);
    diff.warnings().forEach(log::warn);
    return Optional.of(write(target, message, parents(parent), diff.upgrade(), diff.downgrade(),
        diff.warningsByOperation(), null));
  }

  /** Writes an empty migration after the current head, for hand-written SQL or data changes. */
  public Path revision(String message, NewMigration target) {
    requireMessage(message);
    String parent = migrations.graph().head();
    return write(target, message, parents(parent), List.of(), List.of(), Map.of(),
        "Add operations here, for example op.execute(\"UPDATE ...\")");
  }

  /**
   * Writes a merge revision over the given revisions (ids or prefixes), or over all heads when
   * none are given ({@code flask db merge}). The branches' schemas must combine without conflict.
   */
  public Path merge(String message, List<String> revisions, NewMigration target) {
    requireMessage(message);
    RevisionGraph graph = migrations.graph();
    List<String> parents = revisions.isEmpty() ? List.copyOf(graph.heads())
        : revisions.stream().map(r -> graph.resolve(r.trim()).id()).distinct().sorted().toList();
    if (parents.size() < 2) {
      throw new MigrationException("Nothing to merge: " + (revisions.isEmpty()
          ? "there is only one head (" + String.join(", ", parents) + ")" : "name two revisions or more"));
    }
    migrations.schemaAt(Set.copyOf(parents));
    return write(target, message, parents, List.of(), List.of(), Map.of(), null);
  }

  /** Sets the database's version to a target without running migrations ({@code flask db stamp}). */
  public Set<String> stamp(DatabaseSettings database, String target, Duration lockTimeout) {
    return new MigrationRunner(database, lockTimeout, log).stamp(migrations, target);
  }

  /** The SQL an upgrade over {@code range} ({@code FROM:TO} or {@code TO}) would run, without a database. */
  public String upgradeScript(String range) {
    return SqlScript.upgrade(migrations, range, log);
  }

  /** The SQL a downgrade over {@code range} ({@code FROM:TO} or {@code TO}) would run, without a database. */
  public String downgradeScript(String range) {
    return SqlScript.downgrade(migrations, range, log);
  }

  /** One revision's header and the SQL of its upgrade and downgrade ({@code flask db show}). */
  public List<String> show(String revision) {
    RevisionInfo info = migrations.graph().resolve(revision);
    LoadedMigration migration = migrations.get(info.id());
    List<String> lines = new ArrayList<>(new RevisionReport(migrations.graph(), Set.of()).history(List.of(info), true));
    lines.add("Upgrade:");
    sqlLines(migration.upgradeOperations(), lines);
    lines.add("Downgrade:");
    sqlLines(migration.downgradeOperations(), lines);
    return lines;
  }

  private static void sqlLines(List<Operation> operations, List<String> lines) {
    if (operations.isEmpty()) {
      lines.add("    (nothing)");
    }
    for (Operation operation : operations) {
      for (String statement : operation.statements()) {
        statement.lines().forEach(line -> lines.add("    " + line));
      }
    }
  }

  public List<PlannedStep> upgrade(DatabaseSettings database, String target, Duration lockTimeout) {
    requireMigrationsFor(database);
    return new MigrationRunner(database, lockTimeout, log).upgrade(migrations, target);
  }

  public List<PlannedStep> downgrade(DatabaseSettings database, String target, Duration lockTimeout) {
    requireMigrationsFor(database);
    return new MigrationRunner(database, lockTimeout, log).downgrade(migrations, target);
  }

  /**
   * The offline check ({@code flask db check}): differences between the entities' snapshot and
   * the schema the migrations build. Needs no database.
   */
  public CheckReport check(Snapshot snapshot) {
    return new CheckReport(ModelCheck.compare(migrations, snapshot),
        List.of("Database not checked (offline): pending migrations, changed migrations and drift were not looked at"),
        false);
  }

  /**
   * The full check: the offline one, plus the database's pending migrations, applied migrations
   * that changed, and drift of its schema from the one its revision should have.
   */
  public CheckReport check(Snapshot snapshot, DatabaseSettings database) {
    requireMigrationsFor(database);
    List<String> notes = new ArrayList<>();
    List<Difference> differences = new ArrayList<>(ModelCheck.compare(migrations, snapshot));
    differences.addAll(new DatabaseCheck(database).check(migrations, notes));
    return new CheckReport(differences, notes);
  }

  /**
   * Accepts deliberate changes to applied migrations (as Flyway's repair): records their current
   * checksums, so that upgrade, downgrade and check go on. Returns the revisions accepted.
   */
  public List<ChangedMigration> repair(DatabaseSettings database, Duration lockTimeout) {
    requireMigrationsFor(database);
    return new MigrationRunner(database, lockTimeout, log).repair(migrations);
  }

  /**
   * Fails when no migrations were found while the database records a revision: the migrations
   * package is wrong, or the goal runs in a module that does not hold them.
   */
  private void requireMigrationsFor(DatabaseSettings database) {
    if (!migrations.isEmpty()) {
      return;
    }
    Set<String> heads = new MigrationRunner(database, Duration.ZERO, log).currentHeads();
    if (!heads.isEmpty()) {
      throw new MigrationsNotFoundException(migrations.source().orElse(null), database.describe(), heads);
    }
  }

  /** The revisions the database is at, each described; empty for a database never migrated. */
  public List<RevisionInfo> current(DatabaseSettings database) {
    Set<String> heads = new MigrationRunner(database, Duration.ZERO, log).currentHeads();
    List<RevisionInfo> current = new ArrayList<>();
    for (String head : heads) {
      current.add(migrations.graph().isKnown(head) ? migrations.graph().get(head)
          : new RevisionInfo(head, List.of(), "(no migration class declares this revision)", "", ""));
    }
    return current;
  }

  /** Every revision, newest first. */
  public List<RevisionInfo> history() {
    List<RevisionInfo> newestFirst = new ArrayList<>(migrations.graph().ordered());
    java.util.Collections.reverse(newestFirst);
    return newestFirst;
  }

  /** Replays the change both ways: a generated migration must reach the snapshot and come back exactly. */
  private static void proveRoundTrip(Schema from, Schema to, SchemaDiff diff) {
    Schema upgraded = SchemaReplayer.apply(from, diff.upgrade());
    if (!SchemaDiff.equivalent(upgraded, to)) {
      throw new IllegalStateException("generated upgrade does not reach the entities' schema: "
          + SchemaDiff.between(upgraded, to).upgrade());
    }
    Schema downgraded = SchemaReplayer.apply(upgraded, diff.downgrade());
    if (!SchemaDiff.equivalent(downgraded, from)) {
      throw new IllegalStateException("generated downgrade is not the inverse of the upgrade: "
          + SchemaDiff.between(downgraded, from).upgrade());
    }
  }

  private static List<String> parents(String parent) {
    return parent == null ? List.of() : List.of(parent);
  }

  private Path write(NewMigration target, String message, List<String> parents, List<Operation> upgrade,
      List<Operation> downgrade, Map<Operation, String> warnings, String emptyHint) {
    RevisionHeader header = new RevisionHeader(target.ids().get(), parents, message.strip(), target.createDate());
    String className = target.className(message);
    JavaFile file = MigrationClassWriter.render(target.packageName(), className, header, upgrade, downgrade,
        warnings, emptyHint);
    Path path = target.packageDirectory().resolve(className + ".java");
    try {
      Files.createDirectories(path.getParent());
      // CREATE_NEW: an existing file is never overwritten.
      Files.writeString(path, file.toString(), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
          StandardOpenOption.WRITE);
    } catch (FileAlreadyExistsException e) {
      throw new MigrationException("Migration file " + path + " already exists; it was left as it is", e);
    } catch (IOException e) {
      throw new MigrationException("Cannot write migration file " + path + ": " + e.getMessage(), e);
    }
    return path;
  }

  private static void requireMessage(String message) {
    if (message == null || message.isBlank()) {
      throw new MissingMessageException();
    }
  }
}
