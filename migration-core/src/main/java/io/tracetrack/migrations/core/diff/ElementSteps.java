package io.tracetrack.migrations.core.diff;

import io.tracetrack.migrations.core.operation.ElementGroup;
import io.tracetrack.migrations.core.operation.ElementGroups;
import io.tracetrack.migrations.core.schema.Schema;
import java.util.List;
import java.util.Optional;

/**
 * The steps for standalone elements of every kind ({@link ElementGroups#ALL}), compared by name and
 * then by equality, with the operations and warnings each kind's {@link ElementGroup} names. {@link
 * SchemaDiff} decides where they go among the other steps.
 */
final class ElementSteps {

  private ElementSteps() {}

  /** New and changed elements, kind by kind. */
  static void createAndAlter(Schema current, Schema to, List<Step> steps) {
    ElementGroups.ALL.forEach(group -> createAndAlter(group, current, to, steps));
  }

  /** Elements that go, kind by kind. */
  static void drop(Schema current, Schema to, List<Step> steps) {
    ElementGroups.ALL.forEach(group -> drop(group, current, to, steps));
  }

  private static <T> void createAndAlter(ElementGroup<T> group, Schema current, Schema to, List<Step> steps) {
    for (T element : to.elements(group.kind()).values()) {
      Optional<T> before = current.element(group.kind(), group.kind().nameOf(element));
      if (before.isEmpty()) {
        steps.add(new Step(group.create().apply(element), group.drop().apply(element), null,
            group.dropWarning().apply(element)));
      } else if (!before.get().equals(element)) {
        steps.add(new Step(group.alter().apply(before.get(), element), group.alter().apply(element, before.get()), null));
      }
    }
  }

  private static <T> void drop(ElementGroup<T> group, Schema current, Schema to, List<Step> steps) {
    for (T element : current.elements(group.kind()).values()) {
      if (to.element(group.kind(), group.kind().nameOf(element)).isEmpty()) {
        steps.add(new Step(group.drop().apply(element), group.create().apply(element), group.dropWarning().apply(element)));
      }
    }
  }
}
