package io.tracetrack.migrations.processor;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What an SQL expression written on an entity names, read as PostgreSQL reads its identifiers. */
final class SqlIdentifiers {
  /** A string literal (skipped), a quoted identifier, or an unquoted word. */
  private static final Pattern TOKEN = Pattern.compile("'(?:[^']|'')*'|\"((?:[^\"]|\"\")*)\"|([A-Za-z_][A-Za-z0-9_$]*)");

  private SqlIdentifiers() {}

  /**
   * The one column of {@code columns} an expression names, or null when it names none or several:
   * PostgreSQL names an unnamed check after its column only when it reads exactly one.
   */
  static String onlyColumnNamed(String expression, List<String> columns) {
    Set<String> named = new LinkedHashSet<>();
    Matcher token = TOKEN.matcher(expression);
    while (token.find()) {
      String identifier = token.group(1) != null ? token.group(1).replace("\"\"", "\"")
          : token.group(2) != null ? token.group(2).toLowerCase(Locale.ROOT) : null;
      if (identifier != null && columns.contains(identifier)) {
        named.add(identifier);
      }
    }
    return named.size() == 1 ? named.iterator().next() : null;
  }
}
