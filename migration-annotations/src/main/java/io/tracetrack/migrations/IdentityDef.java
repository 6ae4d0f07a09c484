package io.tracetrack.migrations;

/**
 * The sequence options of an identity column, as a migration declares them:
 * {@code identity().startWith(1000).incrementBy(10).cache(20)}. An option not set is PostgreSQL's
 * default for the column's type. Immutable; each method returns a changed copy.
 */
public final class IdentityDef {
  private Long start;
  private Long increment;
  private Long minValue;
  private Long maxValue;
  private Long cache;
  private boolean cycle;

  private IdentityDef() {}

  /** Options that are all PostgreSQL's defaults; set some with the methods below. */
  public static IdentityDef identity() {
    return new IdentityDef();
  }

  private IdentityDef copy() {
    IdentityDef copy = new IdentityDef();
    copy.start = start;
    copy.increment = increment;
    copy.minValue = minValue;
    copy.maxValue = maxValue;
    copy.cache = cache;
    copy.cycle = cycle;
    return copy;
  }

  /** {@code START WITH value}. */
  public IdentityDef startWith(long value) {
    IdentityDef copy = copy();
    copy.start = value;
    return copy;
  }

  /** {@code INCREMENT BY value}; negative for a descending identity. */
  public IdentityDef incrementBy(long value) {
    IdentityDef copy = copy();
    copy.increment = value;
    return copy;
  }

  /** {@code MINVALUE value}. */
  public IdentityDef minValue(long value) {
    IdentityDef copy = copy();
    copy.minValue = value;
    return copy;
  }

  /** {@code MAXVALUE value}. */
  public IdentityDef maxValue(long value) {
    IdentityDef copy = copy();
    copy.maxValue = value;
    return copy;
  }

  /** {@code CACHE value}. */
  public IdentityDef cache(long value) {
    IdentityDef copy = copy();
    copy.cache = value;
    return copy;
  }

  /** {@code CYCLE}: after the last value, start again. */
  public IdentityDef cycle() {
    IdentityDef copy = copy();
    copy.cycle = true;
    return copy;
  }

  /** The start, or null for the default. */
  public Long start() {
    return start;
  }

  /** The increment, or null for 1. */
  public Long increment() {
    return increment;
  }

  /** The lower bound, or null for the default. */
  public Long minValue() {
    return minValue;
  }

  /** The upper bound, or null for the type's largest value. */
  public Long maxValue() {
    return maxValue;
  }

  /** The cache, or null for 1. */
  public Long cache() {
    return cache;
  }

  public boolean isCycle() {
    return cycle;
  }
}
