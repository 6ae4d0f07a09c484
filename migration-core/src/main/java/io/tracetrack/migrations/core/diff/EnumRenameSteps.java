package io.tracetrack.migrations.core.diff;

import io.tracetrack.migrations.core.operation.EnumOperation.RenameEnumType;
import io.tracetrack.migrations.core.operation.EnumOperation.RenameEnumValue;
import io.tracetrack.migrations.core.schema.EnumType;
import io.tracetrack.migrations.core.schema.RenameHints;
import io.tracetrack.migrations.core.schema.Schema;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The enum type and value renames the entities' hints ask for, where they lead from one schema to the other. */
final class EnumRenameSteps {

  private EnumRenameSteps() {}

  /** Adds the steps and returns the schema they lead to. */
  static Schema add(Schema from, Schema to, RenameHints hints, List<Step> steps) {
    Schema current = from;
    for (Map.Entry<String, String> hint : hints.enumTypes().entrySet()) {
      String newName = hint.getKey();
      String oldName = hint.getValue();
      if (!oldName.equals(newName) && current.enumType(oldName).isPresent() && current.enumType(newName).isEmpty()
          && to.enumType(newName).isPresent() && to.enumType(oldName).isEmpty()) {
        current = RenameSteps.record(current, steps,
            new Step(new RenameEnumType(oldName, newName), new RenameEnumType(newName, oldName), null));
      }
    }
    for (Map.Entry<String, Map<String, String>> typeHints : hints.enumValues().entrySet()) {
      String type = typeHints.getKey();
      for (Map.Entry<String, String> hint : typeHints.getValue().entrySet()) {
        Optional<EnumType> before = current.enumType(type);
        Optional<EnumType> after = to.enumType(type);
        String newValue = hint.getKey();
        String oldValue = hint.getValue();
        if (before.isPresent() && after.isPresent() && before.get().values().contains(oldValue)
            && !before.get().values().contains(newValue) && after.get().values().contains(newValue)
            && !after.get().values().contains(oldValue)) {
          current = RenameSteps.record(current, steps, new Step(new RenameEnumValue(type, oldValue, newValue),
              new RenameEnumValue(type, newValue, oldValue), null));
        }
      }
    }
    return current;
  }
}
