package io.tracetrack.migrations.imports.flyway;

import io.tracetrack.migrations.core.MigrationLog;
import io.tracetrack.migrations.core.db.DatabaseSettings;
import io.tracetrack.migrations.core.diff.SchemaDiff;
import io.tracetrack.migrations.core.loader.MigrationSet;
import io.tracetrack.migrations.core.operation.IndexOperation;
import io.tracetrack.migrations.core.operation.Operation;
import io.tracetrack.migrations.core.operation.RawOperation.ExecuteSql;
import io.tracetrack.migrations.core.operation.ReplayException;
import io.tracetrack.migrations.core.replay.SchemaReplayer;
import io.tracetrack.migrations.core.schema.Column;
import io.tracetrack.migrations.core.schema.RenameHints;
import io.tracetrack.migrations.core.schema.Schema;
import io.tracetrack.migrations.core.schema.Table;
import io.tracetrack.migrations.imports.ImportException;
import io.tracetrack.migrations.imports.ImportedChange;
import io.tracetrack.migrations.imports.ImportedHistory;
import io.tracetrack.migrations.imports.ImportedUnit;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Flyway scripts as typed operations, with PostgreSQL itself as the SQL parser. The scripts run in
 * version order, statement by statement, in a scratch database; the catalog read before and after
 * each statement says whether it changed the modelled schema, and if it did, the operations {@link
 * SchemaDiff} derives between the two are its typed form. A second scratch database runs what the
 * migration will run and must hold the same schema and the same rows as the first after every
 * statement: a typed form that does not (or that replay cannot apply) is dropped for the statement's
 * own text, and a note says so. A statement that must run outside a transaction is typed only as
 * indexes built or dropped concurrently. A statement that changes nothing modelled (data,
 * functions, views, triggers, grants) stays SQL.
 */
public final class FlywayTyping {
  private final DatabaseSettings server;
  private final MigrationLog log;

  /**
   * @param server a PostgreSQL server on which the role may create (and drop) two scratch databases
   */
  public FlywayTyping(DatabaseSettings server, MigrationLog log) {
    this.server = server;
    this.log = log;
  }

  /**
   * The history with each script's statements typed where the scratch databases prove it.
   *
   * @param start the schema the project's existing migrations build, as replay sees it
   * @param existing the project's migrations, run first in both scratch databases; null for none
   */
  public ImportedHistory type(ImportedHistory history, Schema start, MigrationSet existing) {
    List<String> notes = new ArrayList<>(history.notes());
    List<ImportedUnit> units = new ArrayList<>();
    int typed = 0;
    int statements = 0;
    try (ScratchDatabases scratch = ScratchDatabases.create(server, existing)) {
      Script script = new Script(scratch.source(), scratch.target(), start, scratch.source().schema(), notes);
      for (ImportedUnit unit : history.units()) {
        units.add(script.type(unit));
      }
      typed = script.typed;
      statements = script.statements;
    } catch (SQLException e) {
      throw new ImportException(history.source(), null, "cannot read a scratch database's schema: " + e.getMessage(), e);
    }
    log.info("Typed the Flyway scripts by running them in scratch databases on " + server.describe() + ": "
        + typed + " of " + statements + " statements became typed operations, the rest stay SQL");
    return new ImportedHistory(history.tool(), history.unitNoun(), history.source(), units, notes);
  }

  /** The running state: both databases, the schema replay sees, and the source's live schema. */
  private static final class Script {
    private static final String REPLAY_BLIND = "replay does not know what it changes (earlier SQL made it)";
    private final LiveDatabase source;
    private final LiveDatabase target;
    private final List<String> notes;
    private Schema replay;
    private Schema live;
    private int typed;
    private int statements;

    Script(LiveDatabase source, LiveDatabase target, Schema replay, Schema live, List<String> notes) {
      this.source = source;
      this.target = target;
      this.replay = replay;
      this.live = live;
      this.notes = notes;
    }

    ImportedUnit type(ImportedUnit unit) throws SQLException {
      List<String> sql = unit.changes().stream().flatMap(change -> change.sql().stream()).toList();
      List<ImportedChange> changes = new ArrayList<>();
      List<String> unmodelled = new ArrayList<>();
      int first = 1;
      for (int i = 0; i < sql.size(); i++) {
        ImportedChange change = statement(unit.file(), i + 1, sql.get(i), unit.transactional());
        statements++;
        if (change == null) {
          unmodelled.add(sql.get(i));
          continue;
        }
        addUnmodelled(changes, unit.file(), first, unmodelled);
        changes.add(change);
        first = i + 2;
      }
      addUnmodelled(changes, unit.file(), first, unmodelled);
      return new ImportedUnit(unit.id(), unit.author(), unit.file(), unit.comment(), changes, unit.rollback(),
          unit.key(), unit.transactional());
    }

    /** The statement as a change, or null when it changed nothing the schema model holds. */
    private ImportedChange statement(String file, int number, String sql, boolean transactional) throws SQLException {
      String where = file + " statement " + number;
      Schema before = live;
      try {
        source.execute(sql);
      } catch (SQLException e) {
        throw new ImportException(file, null, "statement " + number + " fails on PostgreSQL: " + e.getMessage(), e);
      }
      live = source.schema();
      if (SchemaDiff.between(before, live).isEmpty()) {
        target.execute(sql);
        return null;
      }
      LiveDatabase.State expected = source.state(live);
      Typed result = transactional ? inTransaction(before, expected) : outsideTransaction(before, expected);
      if (result.operations() != null) {
        replay = result.replayed();
        typed++;
        return new ImportedChange(where, result.operations(), List.of(sql), null);
      }
      String refused = result.refused();
      target.execute(sql);
      notes.add(where + " stays SQL (op.execute), which replay, migrate and check do not see: " + refused);
      return new ImportedChange(where, List.of(), List.of(sql), null,
          where + " stays SQL: " + refused + "; replay does not see what it changes");
    }

    /** A statement's typed form and the schema replay sees after it, or why it has none. */
    private record Typed(List<Operation> operations, Schema replayed, String refused) {
      static Typed refused(String why) {
        return new Typed(null, null, why);
      }
    }

    /**
     * The operations that take {@code before} to the source's schema and, run in one transaction in
     * the target, give it the source's state: a rename guessed first, then none.
     */
    private Typed inTransaction(Schema before, LiveDatabase.State expected) throws SQLException {
      String refused = null;
      for (RenameHints hints : renamesToTry(before, expected.schema())) {
        List<Operation> operations = new ArrayList<>(SchemaDiff.between(before, expected.schema(), hints).upgrade());
        Schema replayed = replayed(operations);
        Optional<List<String>> keyNames = replayed == null ? Optional.empty()
            : target.runIfItGives(statements(operations), expected);
        if (keyNames.isPresent()) {
          keyNames.get().forEach(rename -> operations.add(new ExecuteSql(rename)));
          return new Typed(operations, replayed, null);
        }
        refused = replayed == null ? REPLAY_BLIND
            : "the operations derived from it do not build the same schema and rows in PostgreSQL";
      }
      return Typed.refused(refused);
    }

    /**
     * A statement that must run outside a transaction as indexes built or dropped concurrently, the
     * only such operations there are; run so in the target, which must then hold the source's state.
     */
    private Typed outsideTransaction(Schema before, LiveDatabase.State expected) throws SQLException {
      List<Operation> operations = IndexOperation.concurrently(SchemaDiff.between(before, expected.schema()).upgrade());
      if (operations.stream().anyMatch(Operation::runsInTransaction)) {
        return Typed.refused("it must run outside a transaction, where only indexes built or dropped concurrently are typed");
      }
      Schema replayed = replayed(operations);
      if (replayed == null) {
        return Typed.refused(REPLAY_BLIND);
      }
      return target.runOutsideTransactionIfItGives(statements(operations), expected, before)
          ? new Typed(operations, replayed, null)
          : Typed.refused("the indexes built concurrently are not the ones PostgreSQL built from it");
    }

    private static List<String> statements(List<Operation> operations) {
      return operations.stream().flatMap(operation -> operation.statements().stream()).toList();
    }

    /** Consecutive statements that change nothing modelled, as one change with one comment. */
    private static void addUnmodelled(List<ImportedChange> changes, String file, int first, List<String> sql) {
      if (sql.isEmpty()) {
        return;
      }
      int last = first + sql.size() - 1;
      String where = file + (first == last ? " statement " + first : " statements " + first + "-" + last);
      changes.add(new ImportedChange(where, List.of(), sql, null,
          where + ": no change to the modelled schema (data, functions, views, triggers, grants...); runs as written"));
      sql.clear();
    }

    private Schema replayed(List<Operation> operations) {
      try {
        return SchemaReplayer.apply(replay, operations);
      } catch (ReplayException e) {
        return null;
      }
    }
  }

  /**
   * A guess that one table, or one column of a table, that went away while another came is a
   * rename, then no renames: the rows the target must keep decide which one holds.
   */
  static List<RenameHints> renamesToTry(Schema before, Schema after) {
    Map<String, String> tables = new TreeMap<>();
    Set<String> gone = new LinkedHashSet<>(before.tables().keySet());
    gone.removeAll(after.tables().keySet());
    Set<String> come = new LinkedHashSet<>(after.tables().keySet());
    come.removeAll(before.tables().keySet());
    if (gone.size() == 1 && come.size() == 1) {
      tables.put(come.iterator().next(), gone.iterator().next());
    }
    Map<String, Map<String, String>> columns = new TreeMap<>();
    after.tables().values().forEach(table -> {
      String old = tables.getOrDefault(table.name(), table.name());
      before.table(old).ifPresent(previous -> {
        List<String> goneColumns = missingFrom(previous, table);
        List<String> comeColumns = missingFrom(table, previous);
        if (goneColumns.size() == 1 && comeColumns.size() == 1) {
          columns.put(table.name(), Map.of(comeColumns.get(0), goneColumns.get(0)));
        }
      });
    });
    RenameHints guess = new RenameHints(tables, columns);
    return guess.isEmpty() ? List.of(RenameHints.NONE) : List.of(guess, RenameHints.NONE);
  }

  /** The columns of {@code table} that {@code other} has not. */
  private static List<String> missingFrom(Table table, Table other) {
    return table.columns().stream().map(Column::name).filter(name -> other.column(name).isEmpty()).toList();
  }
}
