package io.tracetrack.migrations.core.jpa;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where our schema for JPA entities deliberately differs from Hibernate's, in one place (the README
 * lists the same): the names of foreign keys, unique constraints and indexes that neither side was
 * given. Hibernate names them with a hash of the columns ({@code FK...}, {@code UK...}, {@code
 * IDX...}, folded to lower case by PostgreSQL); we name them readably, as for our own entities
 * ({@code fk_<table>_<cols>_<referenced>}, {@code uq_<table>_<cols>}, {@code ix_<table>_<cols>},
 * {@code <table>_<column>_key}). Such a name prints as {@code <default name>} where it names a
 * constraint or an index; every other part of a line, and every name an entity gives (the fixtures
 * give none in these forms), is compared.
 */
final class DeliberateDifferences {
  /** Hibernate's generated names, then ours. */
  private static final String DEFAULT_NAME =
      "(?:(?:fk|uk|idx)[0-9a-z]{20,}|(?:fk|uq|ix)_[0-9a-z_]+|[0-9a-z_]+_key)";
  /** {@code constraint <schema>.<table> <name> <definition>}. */
  private static final Pattern CONSTRAINT = Pattern.compile("^(constraint \\S+ )(" + DEFAULT_NAME + ")( .*)$");
  /** {@code index <schema>.<name> CREATE [UNIQUE ]INDEX <name> ON ...}. */
  private static final Pattern INDEX =
      Pattern.compile("^(index [^.\\s]+\\.)(" + DEFAULT_NAME + ")( CREATE (?:UNIQUE )?INDEX )\\2( ON .*)$");

  private DeliberateDifferences() {}

  /** A normal form with default constraint and index names masked, sorted again. */
  static List<String> normalize(List<String> lines) {
    return lines.stream().map(DeliberateDifferences::mask).sorted().toList();
  }

  private static String mask(String line) {
    Matcher constraint = CONSTRAINT.matcher(line);
    if (constraint.matches()) {
      return constraint.group(1) + "<default name>" + constraint.group(3);
    }
    Matcher index = INDEX.matcher(line);
    if (index.matches()) {
      return index.group(1) + "<default name>" + index.group(3) + "<default name>" + index.group(4);
    }
    return line;
  }
}
