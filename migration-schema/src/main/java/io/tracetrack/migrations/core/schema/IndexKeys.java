package io.tracetrack.migrations.core.schema;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Index keys as entities write them, the way {@code CREATE INDEX} lists them: a column or an
 * expression (a function call or anything in parentheses), then optionally an operator class,
 * {@code ASC}/{@code DESC} and {@code NULLS FIRST}/{@code NULLS LAST}: {@code "created_at DESC NULLS
 * LAST"}, {@code "lower(email)"}, {@code "slug varchar_pattern_ops"}.
 */
public final class IndexKeys {
  private static final Pattern NULLS = Pattern.compile("(?i)^(.*\\S)\\s+NULLS\\s+(FIRST|LAST)$", Pattern.DOTALL);
  private static final Pattern ORDER = Pattern.compile("(?i)^(.*\\S)\\s+(ASC|DESC)$", Pattern.DOTALL);
  private static final Pattern OPCLASS = Pattern.compile("^(.*\\S)\\s+([A-Za-z_][A-Za-z0-9_]*(?:\\.[A-Za-z_][A-Za-z0-9_]*)?)$",
      Pattern.DOTALL);
  private static final Pattern COLUMN = Pattern.compile("[A-Za-z_][A-Za-z0-9_$]*");

  private IndexKeys() {}

  /** One key; an {@link IllegalArgumentException} says what in {@code spec} is not a key. */
  public static Index.IndexColumn parse(String spec) {
    String rest = spec.strip();
    String nulls = null;
    Matcher m = NULLS.matcher(rest);
    if (m.matches()) {
      rest = m.group(1);
      nulls = m.group(2).toUpperCase(Locale.ROOT);
    }
    boolean descending = false;
    m = ORDER.matcher(rest);
    if (m.matches()) {
      rest = m.group(1);
      descending = m.group(2).equalsIgnoreCase("DESC");
    }
    String opclass = null;
    m = OPCLASS.matcher(rest);
    if (!rest.endsWith(")") && m.matches() && (m.group(1).endsWith(")") || COLUMN.matcher(m.group(1)).matches())) {
      rest = m.group(1);
      opclass = m.group(2);
    }
    if (rest.endsWith(")") && rest.contains("(")) {
      return new Index.IndexColumn(rest, descending, nulls, opclass, true);
    }
    if (!COLUMN.matcher(rest).matches()) {
      throw new IllegalArgumentException("\"" + spec + "\" is not a column name or an expression (a function call such as"
          + " lower(email), or anything in parentheses), followed by an operator class, ASC or DESC, NULLS FIRST or NULLS LAST");
    }
    return new Index.IndexColumn(rest, descending, nulls, opclass, false);
  }

  /** A key's part of a default index name: the column, or an expression's words ({@code lower(email)} → {@code lower_email}). */
  public static String namePart(Index.IndexColumn key) {
    if (!key.expression()) {
      return key.name();
    }
    String words = key.name().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]+", "_").replaceAll("^_+|_+$", "");
    return words.isEmpty() ? "expr" : words;
  }
}
