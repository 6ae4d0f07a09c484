package io.tracetrack.migrations.core.schema;

import java.util.Objects;
import java.util.function.Function;

/**
 * A kind of standalone schema element beside tables and enum types (standalone sequences so far):
 * everything the schema and its snapshot need to hold one generically. Its elements are relations
 * named like tables ({@code schema.name} outside {@code public}), so they share PostgreSQL's one
 * namespace of relation names with tables and indexes, and keep their schema from being dropped.
 * Each kind is listed once in {@link Schema#KINDS}.
 *
 * @param description what a message calls one element: {@code sequence}
 * @param jsonKey the snapshot field that lists the elements, after the tables and enum types
 * @param type the model class
 * @param name an element's (qualified) name
 * @param json how an element is written to and read from the snapshot
 */
public record ElementKind<T>(String description, String jsonKey, Class<T> type, Function<T, String> name,
    JsonForm<T, ?> json) {

  public ElementKind {
    Objects.requireNonNull(description, "description == null");
    Objects.requireNonNull(jsonKey, "jsonKey == null");
    Objects.requireNonNull(type, "type == null");
    Objects.requireNonNull(name, "name == null");
    Objects.requireNonNull(json, "json == null");
  }

  /** The name of an element of this kind; an error for an object of another type. */
  public String nameOf(Object element) {
    return name.apply(type.cast(element));
  }

  /**
   * The record Jackson writes for an element, and the way back.
   *
   * @param type the record class, with its own property order
   * @param write model to record
   * @param read record to model (its checks run, so a bad snapshot is refused)
   */
  public record JsonForm<T, J>(Class<J> type, Function<T, J> write, Function<J, T> read) {}

  // Records compare by component, and functions only by identity: a kind is one constant.
  @Override
  public boolean equals(Object other) {
    return this == other;
  }

  @Override
  public int hashCode() {
    return System.identityHashCode(this);
  }

  @Override
  public String toString() {
    return jsonKey;
  }
}
