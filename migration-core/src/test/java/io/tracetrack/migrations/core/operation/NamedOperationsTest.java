package io.tracetrack.migrations.core.operation;

import static io.tracetrack.migrations.ForeignKeyDef.foreignKey;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.tracetrack.migrations.core.MigrationException;
import io.tracetrack.migrations.core.schema.ForeignKey;
import io.tracetrack.migrations.entity.Column.Identity;
import io.tracetrack.migrations.entity.ForeignKey.Action;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The named forms of the migration API (no positional nulls, enums for kinds and actions) record the
 * same operations as the older forms, which existing migrations still call.
 */
class NamedOperationsTest {

  @Test
  void enumValuesAreAddedLastOrBeforeAnotherByName() {
    assertEquals(List.of(new EnumOperation.AddEnumValue("mood", "great", null),
            new EnumOperation.AddEnumValue("mood", "meh", "ok")),
        RecordingOperations.record(op -> {
          op.addEnumValue("mood", "great");
          op.addEnumValueBefore("mood", "meh", "ok");
        }));
  }

  @Test
  void theOlderEnumValueFormRecordsTheSame() {
    assertEquals(RecordingOperations.record(op -> {
      op.addEnumValue("mood", "great");
      op.addEnumValueBefore("mood", "meh", "ok");
    }), RecordingOperations.record(op -> {
      op.addEnumValue("mood", "great", null);
      op.addEnumValue("mood", "meh", "ok");
    }));
  }

  @Test
  void addEnumValueBeforeNeedsTheValueItGoesBefore() {
    assertThrows(MigrationException.class, () -> RecordingOperations.record(op -> op.addEnumValueBefore("mood", "meh", null)));
  }

  @Test
  void identityKindsAreEnumsAndMeanWhatTheStringsMeant() {
    assertEquals(List.of(
            new ColumnOperation.AlterColumnIdentity("t", "id", "by default", null),
            new ColumnOperation.AlterColumnIdentity("t", "id", "always", "by default"),
            new ColumnOperation.AlterColumnIdentity("t", "id", null, "always")),
        RecordingOperations.record(op -> {
          op.alterColumnIdentity("t", "id", Identity.BY_DEFAULT, Identity.NONE);
          op.alterColumnIdentity("t", "id", Identity.ALWAYS, Identity.BY_DEFAULT);
          op.alterColumnIdentity("t", "id", Identity.NONE, Identity.ALWAYS);
        }));
    assertEquals(RecordingOperations.record(op -> op.alterColumnIdentity("t", "id", Identity.ALWAYS, Identity.BY_DEFAULT)),
        RecordingOperations.record(op -> op.alterColumnIdentity("t", "id", "always", "by default")));
    assertThrows(NullPointerException.class,
        () -> RecordingOperations.record(op -> op.alterColumnIdentity("t", "id", Identity.ALWAYS, (Identity) null)));
  }

  @Test
  void dropsAreNamedInsteadOfSettingNull() {
    assertEquals(List.of(
            new ColumnOperation.AlterColumnServerDefault("t", "c", null),
            new TableOperation.SetTableComment("t", null),
            new ColumnOperation.SetColumnComment("t", "c", null)),
        RecordingOperations.record(op -> {
          op.dropColumnServerDefault("t", "c");
          op.dropTableComment("t");
          op.dropColumnComment("t", "c");
        }));
    assertEquals(RecordingOperations.record(op -> {
      op.dropColumnServerDefault("t", "c");
      op.dropTableComment("t");
      op.dropColumnComment("t", "c");
    }), RecordingOperations.record(op -> {
      op.alterColumnServerDefault("t", "c", null);
      op.setTableComment("t", null);
      op.setColumnComment("t", "c", null);
    }));
  }

  @Test
  void referentialActionsAreEnumsInSqlSpellingWhenRecorded() {
    List<Operation> recorded = RecordingOperations.record(op -> op.addForeignKey("post",
        foreignKey("fk", "user_id").references("user", "id").onDelete(Action.SET_NULL).onUpdate(Action.CASCADE)));
    ForeignKey key = ((ConstraintOperation.AddForeignKey) recorded.get(0)).foreignKey();
    assertEquals("SET NULL", key.onDelete());
    assertEquals("CASCADE", key.onUpdate());
    assertEquals(recorded, RecordingOperations.record(op -> op.addForeignKey("post",
        foreignKey("fk", "user_id").references("user", "id").onDelete("SET NULL").onUpdate("CASCADE"))));
    for (Action action : Action.values()) {
      ForeignKey each = ((ConstraintOperation.AddForeignKey) RecordingOperations.record(op -> op.addForeignKey("post",
          foreignKey("fk", "user_id").references("user", "id").onDelete(action))).get(0)).foreignKey();
      assertEquals(action.name().replace('_', ' '), each.onDelete());
    }
  }
}
