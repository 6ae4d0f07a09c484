package io.tracetrack.migrations.imports;

import io.tracetrack.migrations.core.diff.SchemaDiff;
import io.tracetrack.migrations.core.operation.ColumnOperation.RenameColumn;
import io.tracetrack.migrations.core.operation.ConstraintOperation.RenameConstraint;
import io.tracetrack.migrations.core.operation.IndexOperation.RenameIndex;
import io.tracetrack.migrations.core.operation.IndexOperation;
import io.tracetrack.migrations.core.operation.Operation;
import io.tracetrack.migrations.core.operation.RawOperation.ExecuteSql;
import io.tracetrack.migrations.core.operation.ReplayException;
import io.tracetrack.migrations.core.operation.TableOperation.RenameTable;
import io.tracetrack.migrations.core.replay.SchemaReplayer;
import io.tracetrack.migrations.core.schema.Schema;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * One imported unit as a migration's two bodies. A change is written as typed operations when it
 * has them and they fit the schema that replay has built so far; otherwise as the source tool's own
 * SQL, which replay does not follow, with a comment that says so. The downgrade is the unit's
 * written rollback; else the inverse of each change, derived from the schema before and after it
 * and proven by replay as generated downgrades are; else the unit is irreversible and its
 * downgrade fails with a message naming it.
 */
public final class Translation {
  private final List<Operation> upgrade = new ArrayList<>();
  private final List<Operation> downgrade = new ArrayList<>();
  private final Map<Operation, String> comments = new IdentityHashMap<>();
  private final Schema after;
  private final String irreversible;

  private Translation(ImportedUnit unit, String tool, String noun, Schema before) {
    Schema schema = before;
    List<List<Operation>> undo = new ArrayList<>();
    String missingUndo = null;
    for (ImportedChange change : unit.changes()) {
      Schema changed = fit(schema, change.typed());
      if (changed != null) {
        upgrade.addAll(change.typed());
        if (change.note() != null) {
          comments.put(change.typed().get(0), change.note());
        }
        List<Operation> inverse = inverse(schema, change.typed(), changed);
        if (inverse != null && !unit.transactional()) {
          inverse = IndexOperation.concurrently(inverse); // undone as it was done: without blocking the table
        }
        undo.add(inverse != null ? inverse : raw(change.undoSql()));
        schema = changed;
      } else {
        upgrade.addAll(raw(change.sql(), change.note() != null && !change.isTyped() ? change.note() : why(tool, change, "")));
        undo.add(raw(change.undoSql()));
      }
      if (undo.get(undo.size() - 1) == null && missingUndo == null) {
        missingUndo = change.kind() + " has no inverse " + (change.isTyped() ? "that replay can prove" : "in " + tool);
      }
    }
    after = schema;
    if (unit.rollback() != null) {
      Schema current = after;
      for (ImportedChange change : unit.rollback()) {
        Schema changed = fit(current, change.typed());
        if (changed != null) {
          downgrade.addAll(change.typed());
          current = changed;
        } else {
          downgrade.addAll(raw(change.sql(), why(tool, change, "rollback ")));
        }
      }
      irreversible = null;
    } else if (missingUndo == null) {
      Collections.reverse(undo);
      undo.forEach(downgrade::addAll);
      irreversible = null;
    } else {
      irreversible = missingUndo;
      Operation refuse = new ExecuteSql("DO $$ BEGIN RAISE EXCEPTION '%', "
          + literal(tool + " " + noun + " " + unit.describe() + " cannot be undone: " + missingUndo
              + ", and it has no rollback") + "; END $$");
      downgrade.add(refuse);
      comments.put(refuse, "irreversible: " + missingUndo + " and the " + noun + " has no rollback;"
          + " write the downgrade here by hand if one is needed");
    }
  }

  /** The unit's two bodies, starting from the schema replay has built before it. */
  public static Translation of(ImportedUnit unit, ImportedHistory history, Schema before) {
    return new Translation(unit, history.tool(), history.unitNoun(), before);
  }

  public List<Operation> upgrade() {
    return List.copyOf(upgrade);
  }

  public List<Operation> downgrade() {
    return List.copyOf(downgrade);
  }

  /** Comments above operations of either body, keyed by identity. */
  public Map<Operation, String> comments() {
    return Collections.unmodifiableMap(comments);
  }

  /** The schema replay sees after the unit. */
  public Schema after() {
    return after;
  }

  /** Why the unit cannot be undone, or null when it can. */
  public String irreversible() {
    return irreversible;
  }

  private static String why(String tool, ImportedChange change, String part) {
    return change.isTyped()
        ? tool + "'s SQL for " + part + change.kind() + ": what it changes was made by SQL that replay does not follow"
        : tool + "'s SQL for " + part + change.kind() + " (no TraceTrack operation does this; replay does not see it)";
  }

  private List<Operation> raw(List<String> sql, String comment) {
    List<Operation> operations = raw(sql);
    if (!operations.isEmpty()) {
      comments.put(operations.get(0), comment);
    }
    return operations;
  }

  private static List<Operation> raw(List<String> sql) {
    return sql == null ? null : sql.stream().<Operation>map(ExecuteSql::new).toList();
  }

  /** The schema after the operations, or null when there are none or they do not fit. */
  private static Schema fit(Schema schema, List<Operation> operations) {
    if (operations.isEmpty()) {
      return null;
    }
    try {
      return SchemaReplayer.apply(schema, operations);
    } catch (ReplayException e) {
      return null;
    }
  }

  /**
   * The operations that take {@code after} back to {@code before}: renames by renaming back, the
   * rest by comparing the two schemas; null when replay cannot prove that they come back.
   */
  static List<Operation> inverse(Schema before, List<Operation> operations, Schema after) {
    List<Operation> inverse = new ArrayList<>();
    Schema schema = before;
    for (Operation operation : operations) {
      Schema next = operation.applyTo(schema);
      List<Operation> back = new ArrayList<>(renamedBack(operation));
      if (back.isEmpty()) {
        back.addAll(SchemaDiff.between(next, schema).upgrade());
      }
      inverse.addAll(0, back);
      schema = next;
    }
    try {
      return SchemaDiff.equivalent(SchemaReplayer.apply(after, inverse), before) ? inverse : null;
    } catch (ReplayException e) {
      return null;
    }
  }

  private static List<Operation> renamedBack(Operation operation) {
    if (operation instanceof RenameTable r) {
      return List.of(new RenameTable(r.newName(), r.table()));
    }
    if (operation instanceof RenameColumn r) {
      return List.of(new RenameColumn(r.table(), r.newName(), r.column()));
    }
    if (operation instanceof RenameIndex r) {
      return List.of(new RenameIndex(r.table(), r.newName(), r.name()));
    }
    if (operation instanceof RenameConstraint r) {
      return List.of(new RenameConstraint(r.table(), r.newName(), r.name()));
    }
    return List.of();
  }

  private static String literal(String text) {
    return "'" + text.replace("'", "''") + "'";
  }
}
