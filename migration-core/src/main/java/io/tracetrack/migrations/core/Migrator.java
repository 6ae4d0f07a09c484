package io.tracetrack.migrations.core;

import com.palantir.javapoet.JavaFile;
import io.tracetrack.migrations.core.codegen.MigrationClassWriter;
import io.tracetrack.migrations.core.codegen.NewMigration;
import io.tracetrack.migrations.core.codegen.RevisionHeader;
import io.tracetrack.migrations.core.db.DatabaseSettings;
import io.tracetrack.migrations.core.diff.SchemaDiff;
import io.tracetrack.migrations.core.diff.Step;
import io.tracetrack.migrations.core.loader.MigrationSet;
import io.tracetrack.migrations.core.operation.Operation;
import io.tracetrack.migrations.core.replay.SchemaReplayer;
import io.tracetrack.migrations.core.revision.PlannedStep;
import io.tracetrack.migrations.core.revision.RevisionGraph;
import io.tracetrack.migrations.core.revision.RevisionInfo;
import io.tracetrack.migrations.core.runner.MigrationRunner;
import io.tracetrack.migrations.core.schema.Schema;
import io.tracetrack.migrations.core.schema.Snapshot;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.IdentityHashMap;
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
    SchemaDiff diff = SchemaDiff.between(migrated, snapshot.schema());
    if (diff.isEmpty()) {
      return Optional.empty();
    }
    proveRoundTrip(migrated, snapshot.schema(), diff);
    Map<Operation, String> warnings = new IdentityHashMap<>();
    for (Step step : diff.steps()) {
      if (step.warning() != null) {
        warnings.put(step.forward(), step.warning());
        log.warn(step.warning());
      }
    }
    return Optional.of(write(target, message, parent, diff.upgrade(), diff.downgrade(), warnings, null));
  }

  /** Writes an empty migration after the current head, for hand-written SQL or data changes. */
  public Path revision(String message, NewMigration target) {
    requireMessage(message);
    String parent = migrations.graph().head();
    return write(target, message, parent, List.of(), List.of(), Map.of(),
        "Add operations here, for example op.execute(\"UPDATE ...\")");
  }

  public List<PlannedStep> upgrade(DatabaseSettings database, String target, Duration lockTimeout) {
    return new MigrationRunner(database, lockTimeout, log).upgrade(migrations, target);
  }

  public List<PlannedStep> downgrade(DatabaseSettings database, String target, Duration lockTimeout) {
    return new MigrationRunner(database, lockTimeout, log).downgrade(migrations, target);
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

  private Path write(NewMigration target, String message, String parent, List<Operation> upgrade,
      List<Operation> downgrade, Map<Operation, String> warnings, String emptyHint) {
    RevisionHeader header = new RevisionHeader(target.ids().get(), parent == null ? List.of() : List.of(parent),
        message.strip(), target.createDate());
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
      throw new MigrationException("A message is required: -Dtracetrack.message=\"Describe the change\"");
    }
  }
}
