package io.tracetrack.migrations.core.schema;

import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
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
    JsonForm<T> json) {

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
   * How an element is written to the snapshot and read back: as one flat object of strings, whole
   * numbers and flags.
   *
   * @param write an element's fields in the order the file lists them; a null value is left out
   * @param read the element of fields read from a file (its checks run, so a bad snapshot is refused)
   */
  public record JsonForm<T>(Function<T, Map<String, Object>> write, Function<Fields, T> read) {}

  /**
   * The fields of one element as a snapshot gives them. A field of the wrong type, or one the kind
   * never asks for, is an {@link IllegalArgumentException} that names it.
   */
  public static final class Fields {
    private final String description;
    private final Map<String, Object> values;
    private final Set<String> asked = new HashSet<>();

    public Fields(String description, Map<String, Object> values) {
      this.description = Objects.requireNonNull(description, "description == null");
      this.values = Map.copyOf(values.entrySet().stream().filter(e -> e.getValue() != null)
          .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
    }

    /** A string field, or null when absent. */
    public String string(String field) {
      return typed(field, String.class, "a string");
    }

    /** A whole number, or null when absent. */
    public Long optionalLong(String field) {
      return typed(field, Long.class, "a whole number");
    }

    /** A whole number that must be there. */
    public long requiredLong(String field) {
      Long value = optionalLong(field);
      if (value == null) {
        throw new IllegalArgumentException("a " + description + " has no \"" + field + "\"");
      }
      return value;
    }

    /** A flag that must be there. */
    public boolean requiredFlag(String field) {
      Boolean value = typed(field, Boolean.class, "true or false");
      if (value == null) {
        throw new IllegalArgumentException("a " + description + " has no \"" + field + "\"");
      }
      return value;
    }

    /** An error for the first field no one asked for. */
    public void checkAllRead() {
      values.keySet().stream().filter(field -> !asked.contains(field)).sorted().findFirst().ifPresent(field -> {
        throw new IllegalArgumentException("unknown field \"" + field + "\" in a " + description);
      });
    }

    private <V> V typed(String field, Class<V> type, String expected) {
      asked.add(field);
      Object value = values.get(field);
      if (value != null && !type.isInstance(value)) {
        throw new IllegalArgumentException("\"" + field + "\" of a " + description + " must be " + expected + ", not "
            + value);
      }
      return type.cast(value);
    }
  }

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
