package io.tracetrack.migrations.core.codegen;

import io.tracetrack.migrations.core.operation.Operation;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.ToIntFunction;

/** Cuts a long list of operations into consecutive parts of bounded size, keeping their order. */
final class BodyParts {

  private BodyParts() {}

  /**
   * One part when everything fits in {@code budget}; else consecutive parts, each filled up to the
   * budget (an operation larger than the budget alone makes a part of its own).
   */
  static List<List<Operation>> split(List<Operation> operations, ToIntFunction<Operation> size, int budget) {
    List<List<Operation>> parts = new ArrayList<>();
    List<Operation> part = new ArrayList<>();
    int used = 0;
    for (Operation operation : operations) {
      int cost = size.applyAsInt(operation);
      if (!part.isEmpty() && used + cost > budget) {
        parts.add(part);
        part = new ArrayList<>();
        used = 0;
      }
      part.add(operation);
      used += cost;
    }
    if (!part.isEmpty() || parts.isEmpty()) {
      parts.add(part);
    }
    return parts;
  }

  /** {@code : tables "a" to "m"}, for a part's Javadoc; empty when its operations name no table. */
  static String tables(List<Operation> part) {
    List<String> tables = part.stream().map(Operation::table).filter(Objects::nonNull).toList();
    if (tables.isEmpty()) {
      return "";
    }
    String first = tables.get(0);
    String last = tables.get(tables.size() - 1);
    String range = first.equals(last) ? ": table \"" + first + "\"" : ": tables \"" + first + "\" to \"" + last + "\"";
    return MigrationClassWriter.javadocSafe(range);
  }
}
