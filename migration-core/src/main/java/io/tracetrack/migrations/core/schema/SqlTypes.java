package io.tracetrack.migrations.core.schema;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Canonical spelling of PostgreSQL type names, so that {@code int4}, {@code INTEGER} and {@code
 * int} compare equal and generated code reads the short forms ({@code varchar(255)}, {@code
 * timestamptz}).
 */
public final class SqlTypes {
  private static final Pattern WITH_ARGS = Pattern.compile("([a-z ]+?)\\s*\\(\\s*([0-9 ,]+)\\s*\\)(.*)");

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
    String t = type.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    if (t.isEmpty()) {
      throw new IllegalArgumentException("empty SQL type");
    }
    String suffix = "";
    if (t.endsWith("[]")) {
      suffix = "[]";
      t = t.substring(0, t.length() - 2).trim();
    }
    Matcher m = WITH_ARGS.matcher(t);
    if (m.matches() && m.group(3).isBlank()) {
      String base = ALIASES.getOrDefault(m.group(1).trim(), m.group(1).trim());
      String args = m.group(2).replace(" ", "");
      return base + "(" + args + ")" + suffix;
    }
    return ALIASES.getOrDefault(t, t) + suffix;
  }
}
