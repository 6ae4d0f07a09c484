package io.tracetrack.migrations.core.schema;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A standalone sequence ({@code CREATE SEQUENCE}), named like a table ({@code schema.name} outside
 * {@code public}). Bounds are null for the type's own limits, as PostgreSQL's {@code NO MINVALUE}.
 */
public record Sequence(String name, String type, long start, long increment, Long minValue, Long maxValue, long cache,
    boolean cycle) {
  private static final Set<String> TYPES = Set.of("smallint", "integer", "bigint");

  /** Sequences as a kind of element: listed under {@code "sequences"} in the snapshot. */
  public static final ElementKind<Sequence> KIND = new ElementKind<>("sequence", "sequences", Sequence.class,
      Sequence::name, new ElementKind.JsonForm<>(Sequence::fields, Sequence::of));

  public Sequence {
    Objects.requireNonNull(name, "name == null");
    if (!TYPES.contains(type)) {
      throw new IllegalArgumentException("sequence \"" + name + "\" must be smallint, integer or bigint, not " + type);
    }
    if (increment == 0) {
      throw new IllegalArgumentException("sequence \"" + name + "\" cannot increment by 0");
    }
    if ((minValue != null && start < minValue) || (maxValue != null && start > maxValue)) {
      throw new IllegalArgumentException("sequence \"" + name + "\" starts at " + start + ", outside its bounds "
          + (minValue == null ? "" : minValue) + ".." + (maxValue == null ? "" : maxValue));
    }
    if (cache < 1) {
      throw new IllegalArgumentException("sequence \"" + name + "\" needs a cache of at least 1, not " + cache);
    }
  }

  /** A bigint sequence from 1 by 1, as {@code CREATE SEQUENCE name} makes it. */
  public static Sequence named(String name) {
    return new Sequence(name, "bigint", 1, 1, null, null, 1, false);
  }

  public Sequence withName(String newName) {
    return new Sequence(newName, type, start, increment, minValue, maxValue, cache, cycle);
  }

  /** A sequence in the snapshot: bounds left out when the type's own. */
  private static Map<String, Object> fields(Sequence s) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("name", s.name());
    fields.put("type", s.type());
    fields.put("start", s.start());
    fields.put("increment", s.increment());
    fields.put("minValue", s.minValue());
    fields.put("maxValue", s.maxValue());
    fields.put("cache", s.cache());
    fields.put("cycle", s.cycle());
    return fields;
  }

  private static Sequence of(ElementKind.Fields fields) {
    return new Sequence(fields.string("name"), fields.string("type"), fields.requiredLong("start"),
        fields.requiredLong("increment"), fields.optionalLong("minValue"), fields.optionalLong("maxValue"),
        fields.requiredLong("cache"), fields.requiredFlag("cycle"));
  }
}
