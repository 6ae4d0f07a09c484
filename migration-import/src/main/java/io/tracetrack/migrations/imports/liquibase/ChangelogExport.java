package io.tracetrack.migrations.imports.liquibase;

import io.tracetrack.migrations.core.MigrationException;
import io.tracetrack.migrations.core.loader.LoadedMigration;
import io.tracetrack.migrations.core.loader.MigrationSet;
import io.tracetrack.migrations.core.operation.Operation;
import io.tracetrack.migrations.core.operation.RawOperation.RunJava;
import io.tracetrack.migrations.core.revision.PlannedStep;
import io.tracetrack.migrations.core.revision.RevisionGraph;
import io.tracetrack.migrations.core.revision.RevisionRange;
import io.tracetrack.migrations.core.runner.ExportedChangeSets;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import liquibase.change.Change;
import liquibase.change.core.EmptyChange;
import liquibase.change.core.RawSQLChange;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.serializer.core.xml.XMLChangeLogSerializer;

/**
 * Migrations as a Liquibase XML changelog, for organisations whose DBAs deploy only through
 * Liquibase: one changeSet per revision of a range, in upgrade order, whose changes are the SQL
 * {@code tracetrack:upgrade} runs for it and whose rollback is the SQL of its downgrade (a no-op
 * rollback when the downgrade is empty). Written by
 * Liquibase Core's own XML serializer. The changeSet id is the revision id, so Liquibase's
 * {@code databasechangelog} names the same revisions as TraceTrack's history.
 */
public final class ChangelogExport {
  /** The author Liquibase records for every exported changeSet, by which upgrade adopts what it applied. */
  public static final String AUTHOR = ExportedChangeSets.AUTHOR;

  private ChangelogExport() {}

  /**
   * The changelog of the upgrade over {@code range}: {@code FROM:TO}, or {@code TO} alone from base
   * (either side any target {@code tracetrack:upgrade} takes). Revisions that only merge branches
   * hold no SQL and get no changeSet.
   */
  public static String xml(MigrationSet migrations, String range, String logicalFile) {
    RevisionGraph graph = migrations.graph();
    RevisionRange fromTo = RevisionRange.parse(range, "base", "heads");
    Set<String> from = graph.resolveTarget(fromTo.from());
    DatabaseChangeLog changeLog = new DatabaseChangeLog(logicalFile);
    List<ChangeSet> changeSets = new ArrayList<>();
    for (PlannedStep step : graph.upgradePlan(from, fromTo.to())) {
      LoadedMigration migration = migrations.get(step.revision().id());
      List<Operation> upgrade = migration.upgradeOperations();
      if (upgrade.isEmpty()) {
        continue;
      }
      ChangeSet changeSet = new ChangeSet(step.revision().id(), AUTHOR, false, false, logicalFile, null, "postgresql",
          migration.transactional(), changeLog);
      changeSet.setComments(step.revision().message());
      sql(upgrade, step, changeSet::addChange);
      sql(migration.downgradeOperations(), step, changeSet::addRollbackChange);
      if (changeSet.getRollback().getChanges().isEmpty()) {
        // A downgrade with nothing to undo: without a rollback Liquibase would refuse to roll back over it.
        changeSet.addRollbackChange(new EmptyChange());
      }
      changeLog.addChangeSet(changeSet);
      changeSets.add(changeSet);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      new XMLChangeLogSerializer().write(changeSets, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  /** One raw SQL change per statement, run as written (no splitting, no comment stripping). */
  private static void sql(List<Operation> operations, PlannedStep step, Consumer<Change> add) {
    for (Operation operation : operations) {
      if (operation instanceof RunJava java) {
        throw new MigrationException("Revision " + step.revision().describe() + " (" + step.revision().origin()
            + ") has a " + java.describe() + ": Liquibase cannot run Java, so it cannot be exported; export the"
            + " range before or after it, and apply it with tracetrack:upgrade");
      }
      for (String statement : operation.statements()) {
        RawSQLChange change = new RawSQLChange(statement);
        change.setSplitStatements(false);
        change.setStripComments(false);
        add.accept(change);
      }
    }
  }
}
