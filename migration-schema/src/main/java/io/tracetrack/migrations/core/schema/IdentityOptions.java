package io.tracetrack.migrations.core.schema;


/**
 * The sequence options of an identity column ({@code GENERATED ... AS IDENTITY (START WITH 100
 * INCREMENT BY 10 ...)}). A null value is PostgreSQL's default for the column's type; {@link
 * #normalized} turns values equal to those defaults into nulls, so that a written {@code START
 * WITH 1} and none compare equal.
 */
public record IdentityOptions(Long start, Long increment, Long minValue, Long maxValue, Long cache, Boolean cycle) {

  /** Options that are all PostgreSQL's defaults. */
  public static final IdentityOptions DEFAULTS = new IdentityOptions(null, null, null, null, null, null);

  public IdentityOptions {
    if (increment != null && increment == 0) {
      throw new IllegalArgumentException("an identity column cannot increment by 0");
    }
    if (cache != null && cache < 1) {
      throw new IllegalArgumentException("an identity column needs a cache of at least 1, not " + cache);
    }
    if (Boolean.FALSE.equals(cycle)) {
      cycle = null;
    }
  }

  /**
   * These options with each value that is PostgreSQL's default for a column of {@code type} left
   * out; null when none is left.
   */
  public IdentityOptions normalized(String type) {
    long step = increment == null ? 1 : increment;
    long typeMax = maxOf(type);
    long defaultMin = step > 0 ? 1 : -typeMax - 1;
    long defaultMax = step > 0 ? typeMax : -1;
    Long min = minValue == null || minValue == defaultMin ? null : minValue;
    Long max = maxValue == null || maxValue == defaultMax ? null : maxValue;
    long defaultStart = step > 0 ? (min == null ? defaultMin : min) : (max == null ? defaultMax : max);
    IdentityOptions normal = new IdentityOptions(start == null || start == defaultStart ? null : start,
        step == 1 ? null : increment, min, max, cache == null || cache == 1 ? null : cache, cycle);
    return normal.equals(DEFAULTS) ? null : normal;
  }

  /** The SQL of these options, as {@code (START WITH 100 INCREMENT BY 10)}; empty when all are defaults. */
  public String sql() {
    StringBuilder sql = new StringBuilder();
    if (start != null) {
      sql.append(" START WITH ").append(start);
    }
    if (increment != null) {
      sql.append(" INCREMENT BY ").append(increment);
    }
    if (minValue != null) {
      sql.append(" MINVALUE ").append(minValue);
    }
    if (maxValue != null) {
      sql.append(" MAXVALUE ").append(maxValue);
    }
    if (cache != null) {
      sql.append(" CACHE ").append(cache);
    }
    if (cycle != null) {
      sql.append(" CYCLE");
    }
    return sql.length() == 0 ? "" : "(" + sql.substring(1) + ")";
  }

  /** The largest value of an integer type; bigint's for any other type. */
  static long maxOf(String type) {
    return switch (type) {
      case "smallint" -> Short.MAX_VALUE;
      case "integer" -> Integer.MAX_VALUE;
      default -> Long.MAX_VALUE;
    };
  }
}
