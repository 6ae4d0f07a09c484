package io.tracetrack.migrations.core.diff;

import io.tracetrack.migrations.core.operation.ConstraintOperation.AddForeignKey;
import io.tracetrack.migrations.core.operation.ConstraintOperation.DropConstraint;
import io.tracetrack.migrations.core.operation.EnumOperation.AddEnumValue;
import io.tracetrack.migrations.core.operation.EnumOperation.CreateEnumType;
import io.tracetrack.migrations.core.operation.EnumOperation.DropEnumType;
import io.tracetrack.migrations.core.operation.EnumOperation.DropEnumValue;
import io.tracetrack.migrations.core.operation.NamespaceOperation.CreateSchema;
import io.tracetrack.migrations.core.operation.NamespaceOperation.DropSchema;
import io.tracetrack.migrations.core.operation.Operation;
import io.tracetrack.migrations.core.operation.TableOperation.CreateTable;
import io.tracetrack.migrations.core.operation.TableOperation.DropTable;
import io.tracetrack.migrations.core.schema.EnumType;
import io.tracetrack.migrations.core.schema.ForeignKey;
import io.tracetrack.migrations.core.schema.NamingConvention;
import io.tracetrack.migrations.core.schema.RenameHints;
import io.tracetrack.migrations.core.schema.Schema;
import io.tracetrack.migrations.core.schema.SqlExpressions;
import io.tracetrack.migrations.core.schema.Table;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Compares two schemas and lists the {@link Step}s from the first to the second, in an order
 * PostgreSQL accepts:
 *
 * <ol>
 *   <li>renames the entities ask for (tables, then columns), with the constraints and indexes named
 *       by the {@link NamingConvention} renamed along;
 *   <li>new schemas, new enum types and enum values, new and changed standalone elements (sequences),
 *       which columns may use;
 *   <li>foreign keys that go or change (so nothing they depend on is held);
 *   <li>per table, indexes, checks, unique constraints and primary keys that go or change;
 *   <li>new tables, without their foreign keys;
 *   <li>per table, columns added, dropped and changed, then keys, checks, indexes and comments added;
 *   <li>foreign keys added, once every table and key they need exists (so cycles need nothing more);
 *   <li>dropped tables, enum values, enum types, standalone elements and schemas.
 * </ol>
 *
 * Column order is not a difference; expressions (defaults, checks, index predicates) compare by
 * {@link SqlExpressions#normalize their normal form}. The result is deterministic: everything is
 * visited sorted by name.
 */
public final class SchemaDiff {
  private final List<Step> steps;

  private SchemaDiff(List<Step> steps) {
    this.steps = List.copyOf(steps);
  }

  public static SchemaDiff between(Schema from, Schema to) {
    return between(from, to, RenameHints.NONE);
  }

  /** The steps from one schema to another, renaming what the hints name instead of dropping and adding it. */
  public static SchemaDiff between(Schema from, Schema to, RenameHints hints) {
    List<Step> steps = new ArrayList<>();
    Schema current = RenameSteps.add(from, to, hints, steps);
    List<Step> enumDrops = new ArrayList<>();
    addSchemasAndTypes(current, to, steps, enumDrops);
    ElementSteps.createAndAlter(current, to, steps);
    Set<String> droppedKeys = dropForeignKeys(current, to, steps);
    for (Table table : current.tables().values()) {
      to.table(table.name()).ifPresent(after -> TableSteps.dropChangedConstraints(table, after, steps));
    }
    for (Table table : to.tables().values()) {
      if (current.table(table.name()).isEmpty()) {
        steps.add(new Step(new CreateTable(table.withForeignKeys(List.of())), new DropTable(table.name()), null,
            Warnings.dropsTable(table.name())));
      }
    }
    for (Table table : current.tables().values()) {
      Optional<Table> after = to.table(table.name());
      if (after.isPresent()) {
        TableSteps.compareTable(current, to, table, after.get(), steps);
      }
    }
    addForeignKeys(current, to, droppedKeys, steps);
    for (Table table : current.tables().values()) {
      if (to.table(table.name()).isEmpty()) {
        steps.add(new Step(new DropTable(table.name()), new CreateTable(table.withForeignKeys(List.of())),
            Warnings.dropsTable(table.name())));
      }
    }
    steps.addAll(enumDrops);
    dropEnumTypes(current, to, steps);
    ElementSteps.drop(current, to, steps);
    dropSchemas(current, to, steps);
    return new SchemaDiff(steps);
  }

  /** True when the two schemas are the same but for column order and the spelling of expressions. */
  public static boolean equivalent(Schema a, Schema b) {
    return between(a, b).isEmpty();
  }

  public boolean isEmpty() {
    return steps.isEmpty();
  }

  public List<Step> steps() {
    return steps;
  }

  /** The operations that turn the first schema into the second. */
  public List<Operation> upgrade() {
    return steps.stream().map(Step::forward).toList();
  }

  /** The operations that turn the second schema back into the first: the inverses, last first. */
  public List<Operation> downgrade() {
    List<Operation> operations = new ArrayList<>(steps.stream().map(Step::backward).toList());
    Collections.reverse(operations);
    return List.copyOf(operations);
  }

  /** The upgrade's warnings, in step order. */
  public List<String> warnings() {
    return steps.stream().map(Step::warning).filter(Objects::nonNull).toList();
  }

  /** The downgrade's warnings, in the downgrade's order. */
  public List<String> downgradeWarnings() {
    List<String> warnings = new ArrayList<>(steps.stream().map(Step::backwardWarning).filter(Objects::nonNull).toList());
    Collections.reverse(warnings);
    return List.copyOf(warnings);
  }

  /**
   * The warning of each operation, upgrade or downgrade, that has one, keyed by identity (two steps
   * may hold equal operations): what {@code MigrationClassWriter} puts above the call.
   */
  public Map<Operation, String> warningsByOperation() {
    Map<Operation, String> warnings = new IdentityHashMap<>();
    for (Step step : steps) {
      if (step.warning() != null) {
        warnings.put(step.forward(), step.warning());
      }
      if (step.backwardWarning() != null) {
        warnings.put(step.backward(), step.backwardWarning());
      }
    }
    return warnings;
  }

  /** What tables and standalone elements may need first: schemas, enum types and values. Value drops go to {@code enumDrops}. */
  private static void addSchemasAndTypes(Schema current, Schema to, List<Step> steps, List<Step> enumDrops) {
    for (String namespace : to.schemas()) {
      if (!current.schemas().contains(namespace)) {
        steps.add(new Step(new CreateSchema(namespace), new DropSchema(namespace), null));
      }
    }
    for (EnumType type : to.enums().values()) {
      Optional<EnumType> before = current.enumType(type.name());
      if (before.isEmpty()) {
        steps.add(new Step(new CreateEnumType(type), new DropEnumType(type.name()), null));
      } else if (!before.get().equals(type)) {
        enumValues(before.get(), type, steps, enumDrops);
      }
    }
  }

  private static void dropEnumTypes(Schema current, Schema to, List<Step> steps) {
    for (EnumType type : current.enums().values()) {
      if (to.enumType(type.name()).isEmpty()) {
        steps.add(new Step(new DropEnumType(type.name()), new CreateEnumType(type), null));
      }
    }
  }

  private static void dropSchemas(Schema current, Schema to, List<Step> steps) {
    for (String namespace : current.schemas()) {
      if (!to.schemas().contains(namespace)) {
        steps.add(new Step(new DropSchema(namespace), new CreateSchema(namespace), null));
      }
    }
  }

  /** Drops the foreign keys that go or change, first, so nothing they rely on is held; returns them. */
  private static Set<String> dropForeignKeys(Schema current, Schema to, List<Step> steps) {
    Set<String> droppedKeys = new HashSet<>();
    for (Table table : current.tables().values()) {
      Optional<Table> after = to.table(table.name());
      for (ForeignKey key : table.foreignKeys()) {
        if (after.isEmpty() || !after.get().foreignKeys().contains(key)
            || TableSteps.dependencyChanges(current, to, key, table)) {
          steps.add(new Step(new DropConstraint(table.name(), key.name()), new AddForeignKey(table.name(), key), null));
          droppedKeys.add(table.name() + "\0" + key.name());
        }
      }
    }
    return droppedKeys;
  }

  /** Adds foreign keys last, once every table and key they need exists (so cycles need nothing more). */
  private static void addForeignKeys(Schema current, Schema to, Set<String> droppedKeys, List<Step> steps) {
    for (Table table : to.tables().values()) {
      Optional<Table> before = current.table(table.name());
      for (ForeignKey key : table.foreignKeys()) {
        boolean kept = before.isPresent() && before.get().foreignKeys().contains(key)
            && !droppedKeys.contains(table.name() + "\0" + key.name());
        if (!kept) {
          steps.add(new Step(new AddForeignKey(table.name(), key), new DropConstraint(table.name(), key.name()), null));
        }
      }
    }
  }

  /** Steps that add the new values (now) and drop the old ones (into {@code drops}, for the end). */
  private static void enumValues(EnumType before, EnumType after, List<Step> steps, List<Step> drops) {
    List<String> common = before.values().stream().filter(after.values()::contains).toList();
    if (!common.equals(after.values().stream().filter(before.values()::contains).toList())) {
      throw new DiffException("The values of enum type \"" + before.name() + "\" change order, from " + before.values()
          + " to " + after.values() + ": PostgreSQL cannot reorder enum values; write this migration by hand");
    }
    for (int i = 0; i < after.values().size(); i++) {
      String value = after.values().get(i);
      if (before.values().contains(value)) {
        continue;
      }
      String next = null;
      for (int j = i + 1; j < after.values().size() && next == null; j++) {
        if (before.values().contains(after.values().get(j))) {
          next = after.values().get(j);
        }
      }
      steps.add(new Step(new AddEnumValue(after.name(), value, next), new DropEnumValue(after.name(), value), null,
          Warnings.dropsEnumValue(after.name(), value)));
    }
    for (int i = 0; i < before.values().size(); i++) {
      String value = before.values().get(i);
      if (after.values().contains(value)) {
        continue;
      }
      // On the way back the values after this one are in place again already: put it before the next.
      String next = i + 1 < before.values().size() ? before.values().get(i + 1) : null;
      drops.add(new Step(new DropEnumValue(before.name(), value), new AddEnumValue(before.name(), value, next),
          Warnings.dropsEnumValue(before.name(), value)));
    }
  }
}
