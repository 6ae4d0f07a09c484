package io.tracetrack.migrations;

import java.util.Objects;

/**
 * A standalone sequence as a migration declares it: {@code sequence("order_number")},
 * {@code sequence("sales.invoice_no").as("integer").startWith(1000).incrementBy(10).cache(20)}.
 * Without bounds it spans its type, as PostgreSQL's {@code NO MINVALUE}/{@code NO MAXVALUE}.
 * Immutable; each method returns a changed copy.
 */
public final class SequenceDef {
  private final String name;
  private final String type;
  private final long start;
  private final long increment;
  private final Long minValue;
  private final Long maxValue;
  private final long cache;
  private final boolean cycle;

  private SequenceDef(String name, String type, long start, long increment, Long minValue, Long maxValue, long cache,
      boolean cycle) {
    this.name = name;
    this.type = type;
    this.start = start;
    this.increment = increment;
    this.minValue = minValue;
    this.maxValue = maxValue;
    this.cache = cache;
    this.cycle = cycle;
  }

  /** A bigint sequence starting at 1, incrementing by 1, caching 1 value, not cycling. */
  public static SequenceDef sequence(String name) {
    return new SequenceDef(Objects.requireNonNull(name, "name == null"), "bigint", 1, 1, null, null, 1, false);
  }

  /** Its type: {@code smallint}, {@code integer} or {@code bigint}. */
  public SequenceDef as(String newType) {
    return new SequenceDef(name, Objects.requireNonNull(newType, "type == null"), start, increment, minValue, maxValue,
        cache, cycle);
  }

  public SequenceDef startWith(long value) {
    return new SequenceDef(name, type, value, increment, minValue, maxValue, cache, cycle);
  }

  public SequenceDef incrementBy(long step) {
    return new SequenceDef(name, type, start, step, minValue, maxValue, cache, cycle);
  }

  public SequenceDef minValue(long value) {
    return new SequenceDef(name, type, start, increment, value, maxValue, cache, cycle);
  }

  public SequenceDef maxValue(long value) {
    return new SequenceDef(name, type, start, increment, minValue, value, cache, cycle);
  }

  /** How many values each session reserves at a time. */
  public SequenceDef cache(long values) {
    return new SequenceDef(name, type, start, increment, minValue, maxValue, values, cycle);
  }

  /** Wraps around at the bound instead of failing. */
  public SequenceDef cycle() {
    return new SequenceDef(name, type, start, increment, minValue, maxValue, cache, true);
  }

  public String name() {
    return name;
  }

  public String type() {
    return type;
  }

  public long start() {
    return start;
  }

  public long increment() {
    return increment;
  }

  /** The lower bound, or null for the type's. */
  public Long minValue() {
    return minValue;
  }

  /** The upper bound, or null for the type's. */
  public Long maxValue() {
    return maxValue;
  }

  public long cache() {
    return cache;
  }

  public boolean isCycle() {
    return cycle;
  }
}
