package io.tracetrack.migrations.core.operation;

import io.tracetrack.migrations.core.schema.ElementKind;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * What the engine knows of one {@link ElementKind} beyond its model, kept beside that kind's
 * operations: which operations create, change and drop an element (so autogenerate compares the
 * kind without code of its own), the warning a drop earns, and how a live database lists the
 * elements. Each group is listed once in {@link ElementGroups#ALL}.
 *
 * @param kind the kind of element
 * @param create the operation that creates an element
 * @param alter the operation that takes an element from its first definition to its second
 * @param drop the operation that drops an element
 * @param dropWarning the reviewer's warning on a drop: what is lost
 * @param catalog how the elements are read from {@code pg_catalog}
 */
public record ElementGroup<T>(ElementKind<T> kind, Function<T, Operation> create, BiFunction<T, T, Operation> alter,
    Function<T, Operation> drop, Function<T, String> dropWarning, CatalogQuery<T> catalog) {

  public ElementGroup {
    Objects.requireNonNull(kind, "kind == null");
    Objects.requireNonNull(create, "create == null");
    Objects.requireNonNull(alter, "alter == null");
    Objects.requireNonNull(drop, "drop == null");
    Objects.requireNonNull(dropWarning, "dropWarning == null");
    Objects.requireNonNull(catalog, "catalog == null");
  }

  /**
   * A query of {@code pg_catalog} that lists every element of a kind, one row each.
   *
   * @param sql the query, given the condition on {@code n} (pg_namespace) that keeps the user's schemas
   * @param row the element of one row, its columns in the query's order
   */
  public record CatalogQuery<T>(Function<String, String> sql, Function<Object[], T> row) {}
}
