package io.tracetrack.migrations.core.schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
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
      Sequence::name, new ElementKind.JsonForm<>(Json.class, Json::of, Json::toSequence));

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
  @JsonPropertyOrder({"name", "type", "start", "increment", "minValue", "maxValue", "cache", "cycle"})
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Json(String name, String type, long start, long increment, Long minValue, Long maxValue, long cache,
      boolean cycle) {
    static Json of(Sequence s) {
      return new Json(s.name(), s.type(), s.start(), s.increment(), s.minValue(), s.maxValue(), s.cache(), s.cycle());
    }

    Sequence toSequence() {
      return new Sequence(name, type, start, increment, minValue, maxValue, cache, cycle);
    }
  }
}
