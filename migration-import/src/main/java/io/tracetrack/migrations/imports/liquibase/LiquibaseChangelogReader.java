package io.tracetrack.migrations.imports.liquibase;

import io.tracetrack.migrations.imports.ImportException;
import io.tracetrack.migrations.imports.ImportedChange;
import io.tracetrack.migrations.imports.ImportedHistory;
import io.tracetrack.migrations.imports.ImportedUnit;
import java.io.FileNotFoundException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Scope;
import liquibase.change.Change;
import liquibase.change.core.EmptyChange;
import liquibase.change.core.OutputChange;
import liquibase.change.core.TagDatabaseChange;
import liquibase.changelog.ChangeLogParameters;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.changelog.filter.ChangeSetFilter;
import liquibase.changelog.filter.ChangeSetFilterResult;
import liquibase.changelog.filter.ContextChangeSetFilter;
import liquibase.changelog.filter.DbmsChangeSetFilter;
import liquibase.changelog.filter.LabelChangeSetFilter;
import liquibase.exception.LiquibaseException;
import liquibase.parser.ChangeLogParserFactory;
import liquibase.precondition.Precondition;
import liquibase.precondition.PreconditionLogic;
import liquibase.precondition.core.AndPrecondition;
import liquibase.precondition.core.PreconditionContainer;
import liquibase.resource.DirectoryResourceAccessor;
import liquibase.resource.ResourceAccessor;

/**
 * Reads a Liquibase changelog (XML, YAML, JSON or formatted SQL) with Liquibase's own parsers:
 * includes, {@code includeAll} and properties resolved, changesets filtered by contexts, labels and
 * {@code dbms} as {@code liquibase update} on PostgreSQL filters them. Each changeset left becomes
 * an {@link ImportedUnit} whose changes carry their typed operations ({@link ChangeMapping}) and
 * the SQL Liquibase generates for them. Preconditions and left-out changesets are reported, not
 * imported.
 */
public final class LiquibaseChangelogReader {
  private final Path searchRoot;
  private final String contexts;
  private final String labels;

  /**
   * @param searchRoot the folder that changelog paths (the master's, and those of includes) are
   *     relative to, as Liquibase's search path
   * @param contexts Liquibase's context expression for {@code update}, or null for all changesets
   * @param labels Liquibase's label expression, or null
   */
  public LiquibaseChangelogReader(Path searchRoot, String contexts, String labels) {
    this.searchRoot = searchRoot;
    this.contexts = contexts;
    this.labels = labels;
  }

  /** Reads the changelog at {@code changelog}, a path relative to the search root. */
  public ImportedHistory read(String changelog) {
    try (ResourceAccessor resources = new DirectoryResourceAccessor(searchRoot)) {
      return Scope.child(Map.of(Scope.Attr.resourceAccessor.name(), resources), () -> read(changelog, resources));
    } catch (ImportException e) {
      throw e;
    } catch (FileNotFoundException e) {
      throw new ImportException(changelog, null, "the search path " + searchRoot + " does not exist");
    } catch (Exception e) {
      throw new ImportException(changelog, null, "cannot be read: " + message(e), e);
    }
  }

  private ImportedHistory read(String changelog, ResourceAccessor resources) {
    PostgresOffline postgres = new PostgresOffline(resources);
    DatabaseChangeLog changeLog = parse(changelog, resources, postgres);
    ChangeMapping mapping = new ChangeMapping(postgres);
    List<ChangeSetFilter> filters = List.of(new ContextChangeSetFilter(new Contexts(contexts)),
        new LabelChangeSetFilter(new LabelExpression(labels)), new DbmsChangeSetFilter(postgres.database()));
    List<String> notes = new ArrayList<>();
    preconditions(changeLog.getPreconditions(), changelog, "the changelog").ifPresent(notes::add);
    List<ImportedUnit> units = new ArrayList<>();
    for (ChangeSet changeSet : changeLog.getChangeSets()) {
      String leftOut = leftOut(changeSet, filters);
      if (leftOut != null) {
        notes.add("Left out " + describe(changeSet) + ": " + leftOut);
        continue;
      }
      preconditions(changeSet.getPreconditions(), changeSet.getFilePath(), describe(changeSet)).ifPresent(notes::add);
      units.add(unit(changeSet, mapping, postgres, notes));
    }
    return new ImportedHistory("Liquibase", changelog, units, notes);
  }

  private DatabaseChangeLog parse(String changelog, ResourceAccessor resources, PostgresOffline postgres) {
    ChangeLogParameters parameters = new ChangeLogParameters(postgres.database());
    parameters.setContexts(new Contexts(contexts));
    parameters.setLabels(new LabelExpression(labels));
    try {
      return ChangeLogParserFactory.getInstance().getParser(changelog, resources).parse(changelog, parameters, resources);
    } catch (LiquibaseException | RuntimeException e) {
      var unknown = UnknownChange.locate(message(e), searchRoot);
      if (unknown.isPresent()) {
        throw new ImportException(unknown.get().file(), unknown.get().changeSet(), "unknown change type "
            + unknown.get().type() + ": Liquibase Core has no such change (a typo, or an extension that is not"
            + " on the class path)", e);
      }
      throw new ImportException(changelog, null, "Liquibase cannot parse it: " + message(e), e);
    }
  }

  private ImportedUnit unit(ChangeSet changeSet, ChangeMapping mapping, PostgresOffline postgres, List<String> notes) {
    String file = changeSet.getFilePath();
    String unit = changeSet.getId() + " by " + changeSet.getAuthor();
    if (changeSet.isAlwaysRun()) {
      throw new ImportException(file, unit, "runAlways=\"true\" runs it on every update, and its checksum means"
          + " nothing; a TraceTrack revision runs once. Run that work from the application, or drop runAlways"
          + " and import it as a one-time change");
    }
    if (changeSet.isRunOnChange()) {
      notes.add(describe(changeSet) + " is runOnChange: imported once, as it is now; a later edit belongs in a new revision");
    }
    if (!changeSet.isRunInTransaction()) {
      notes.add(describe(changeSet) + " is runInTransaction=\"false\": its migration runs in a transaction; set"
          + " transactional = false on its @Revision if it must not");
    }
    List<ImportedChange> changes = changes(changeSet.getChanges(), file, unit, mapping, postgres, notes, true);
    List<Change> rollback = changeSet.getRollback().getChanges();
    return new ImportedUnit(changeSet.getId(), changeSet.getAuthor(), file, changeSet.getComments(), changes,
        rollback.isEmpty() ? null : changes(rollback, file, unit, mapping, postgres, notes, false));
  }

  private static List<ImportedChange> changes(List<Change> changes, String file, String unit, ChangeMapping mapping,
      PostgresOffline postgres, List<String> notes, boolean withUndo) {
    List<ImportedChange> imported = new ArrayList<>();
    for (Change change : changes) {
      String kind = change.getSerializedObjectName();
      if (change instanceof TagDatabaseChange || change instanceof OutputChange || change instanceof EmptyChange) {
        notes.add(file + ", changeset " + unit + ": " + kind + " has no effect on the schema and is not imported");
        continue;
      }
      List<String> sql;
      try {
        sql = postgres.sql(change);
      } catch (RuntimeException e) {
        throw new ImportException(file, unit, kind + " cannot be turned into PostgreSQL: " + message(e), e);
      }
      if (sql.isEmpty()) {
        throw new ImportException(file, unit, "change type " + kind + " (" + change.getClass().getName()
            + ") has no SQL on PostgreSQL, so it cannot be imported; replace it with SQL");
      }
      imported.add(new ImportedChange(kind, mapping.operations(change).orElse(List.of()), sql,
          withUndo ? postgres.undoSql(change) : null,
          change instanceof liquibase.change.core.RenameTableChange ? ChangeMapping.KEPT_KEY_NAME : null));
    }
    return imported;
  }

  private static String leftOut(ChangeSet changeSet, List<ChangeSetFilter> filters) {
    for (ChangeSetFilter filter : filters) {
      ChangeSetFilterResult result = filter.accepts(changeSet);
      if (!result.isAccepted()) {
        return result.getMessage();
      }
    }
    return null;
  }

  private static java.util.Optional<String> preconditions(PreconditionContainer preconditions, String file, String what) {
    String checks = preconditions == null ? "" : render(preconditions.getNestedPreconditions());
    if (checks.isEmpty()) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of("Preconditions of " + what + " are not imported (" + file + ": " + checks
        + ", onFail=" + preconditions.getOnFail() + "): the migrations run without checking them");
  }

  /** Preconditions as a short expression, {@code dbms, not(tableExists)}; empty containers (of includes) left out. */
  private static String render(List<Precondition> preconditions) {
    List<String> parts = new ArrayList<>();
    for (Precondition precondition : preconditions) {
      if (precondition instanceof PreconditionLogic logic) {
        String nested = render(logic.getNestedPreconditions());
        if (!nested.isEmpty()) {
          parts.add(precondition instanceof PreconditionContainer || precondition instanceof AndPrecondition
              ? nested : precondition.getName() + "(" + nested + ")");
        }
      } else {
        parts.add(precondition.getName());
      }
    }
    return String.join(", ", parts);
  }

  private static String describe(ChangeSet changeSet) {
    return "changeset " + changeSet.getId() + " by " + changeSet.getAuthor() + " (" + changeSet.getFilePath() + ")";
  }

  private static String message(Throwable e) {
    String message = e.getMessage();
    Throwable cause = e.getCause();
    while ((message == null || message.isBlank()) && cause != null) {
      message = cause.getMessage();
      cause = cause.getCause();
    }
    return message == null ? e.getClass().getSimpleName() : message;
  }
}
