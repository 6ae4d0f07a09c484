package io.tracetrack.migrations.core.schema;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Canonical spelling of PostgreSQL type names, so that {@code int4}, {@code INTEGER} and {@code
 * int} compare equal and generated code reads the short forms ({@code varchar(255)}, {@code
 * timestamptz}).
 */
public final class SqlTypes {
  private static final Pattern WITH_ARGS = Pattern.compile("([a-z ]+?)\\s*\\(\\s*([0-9 ,]+)\\s*\\)(.*)");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  /**
   * Canonical forms already worked out: a schema of a thousand tables names a handful of types
   * twenty thousand times, each read, replayed and compared. Bounded, for a long-lived compiler.
   */
  private static final Map<String, String> KNOWN = new ConcurrentHashMap<>();
  private static final int KNOWN_MAX = 4096;

  private static final Map<String, String> ALIASES = Map.ofEntries(
      Map.entry("int", "integer"),
      Map.entry("int4", "integer"),
      Map.entry("int8", "bigint"),
      Map.entry("int2", "smallint"),
      Map.entry("bool", "boolean"),
      Map.entry("float8", "double precision"),
      Map.entry("float", "double precision"),
      Map.entry("float4", "real"),
      Map.entry("character varying", "varchar"),
      Map.entry("decimal", "numeric"),
      Map.entry("timestamp without time zone", "timestamp"),
      Map.entry("timestamp with time zone", "timestamptz"),
      Map.entry("time without time zone", "time"),
      Map.entry("time with time zone", "timetz"),
      Map.entry("character", "char"),
      Map.entry("bpchar", "char"));

  private SqlTypes() {}

  /** The canonical form of a type name: lower case, single spaces, aliases resolved. */
  public static String canonical(String type) {
    String known = KNOWN.get(type);
    if (known != null) {
      return known;
    }
    String canonical = canonicalOf(type);
    if (KNOWN.size() < KNOWN_MAX) {
      KNOWN.put(type, canonical);
    }
    return canonical;
  }

  private static String canonicalOf(String type) {
    String t = SPACES.matcher(type.trim().toLowerCase(Locale.ROOT)).replaceAll(" ");
    if (t.isEmpty()) {
      throw new IllegalArgumentException("empty SQL type");
    }
    StringBuilder suffix = new StringBuilder();
    while (t.endsWith("[]")) {
      suffix.append("[]");
      t = t.substring(0, t.length() - 2).trim();
    }
    Matcher m = WITH_ARGS.matcher(t);
    if (m.matches()) {
      String base = m.group(1).trim();
      String after = m.group(3).trim();
      // PostgreSQL prints "timestamp(3) with time zone": the arguments sit before the zone words.
      if (!after.isEmpty()) {
        base = base + " " + after;
      }
      base = ALIASES.getOrDefault(base, base);
      if (!after.isEmpty() && !after.equals("with time zone") && !after.equals("without time zone")) {
        return t + suffix;
      }
      String args = m.group(2).replace(" ", "");
      return base + "(" + args + ")" + suffix;
    }
    return ALIASES.getOrDefault(t, t) + suffix;
  }

  /** The type without array brackets: {@code integer[]} → {@code integer}. */
  public static String elementType(String canonical) {
    String t = canonical;
    while (t.endsWith("[]")) {
      t = t.substring(0, t.length() - 2);
    }
    return t;
  }

  /** The type name without arguments: {@code varchar(20)} → {@code varchar}. */
  public static String baseName(String canonical) {
    int paren = canonical.indexOf('(');
    return paren < 0 ? canonical : canonical.substring(0, paren) + (canonical.endsWith("[]") ? "[]" : "");
  }

  /** The numeric arguments of a type: {@code numeric(10,2)} → [10, 2]; none → empty. */
  public static int[] arguments(String canonical) {
    int open = canonical.indexOf('(');
    int close = canonical.indexOf(')');
    if (open < 0 || close < open) {
      return new int[0];
    }
    return java.util.Arrays.stream(canonical.substring(open + 1, close).split(",")).mapToInt(Integer::parseInt).toArray();
  }

  /**
   * Whether changing a column from one type to the other can fail on, or change, existing values:
   * any change but a widening one (a longer varchar, varchar to text, more numeric digits at the
   * same scale, a larger integer, real to double precision, more fractional seconds).
   */
  public static boolean isNarrowing(String from, String to) {
    from = canonical(from);
    to = canonical(to);
    if (from.equals(to)) {
      return false;
    }
    String fromBase = baseName(from);
    String toBase = baseName(to);
    int[] fa = arguments(from);
    int[] ta = arguments(to);
    if (fromBase.equals(toBase) && fa.length == ta.length && fa.length > 0) {
      if (fa.length == 1) {
        return ta[0] < fa[0];
      }
      return ta[1] != fa[1] || ta[0] < fa[0];
    }
    List<String> integers = List.of("smallint", "integer", "bigint", "numeric");
    if (integers.contains(fromBase) && integers.contains(toBase)) {
      return integers.indexOf(toBase) < integers.indexOf(fromBase) || (toBase.equals("numeric") && ta.length > 0);
    }
    if ((fromBase.equals("varchar") || fromBase.equals("char")) && to.equals("text")) {
      return false;
    }
    if (from.equals("varchar") && to.equals("text") || from.equals("text") && to.equals("varchar")) {
      return false;
    }
    if (fromBase.equals(toBase) && (toBase.equals("timestamp") || toBase.equals("timestamptz") || toBase.equals("time"))) {
      return ta.length > 0 && (fa.length == 0 || ta[0] < fa[0]);
    }
    if (from.equals("real") && to.equals("double precision")) {
      return false;
    }
    if (from.equals("json") && to.equals("jsonb") || from.equals("timestamp") && to.equals("timestamptz")) {
      return false;
    }
    return true;
  }
}
