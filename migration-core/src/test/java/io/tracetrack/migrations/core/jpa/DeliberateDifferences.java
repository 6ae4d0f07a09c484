package io.tracetrack.migrations.core.jpa;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Where our schema for JPA entities deliberately differs from Hibernate's, in one place (the README
 * lists the same): the names of foreign keys, unique constraints and indexes that neither side was
 * given. Hibernate names them with a hash of the columns ({@code FK...}, {@code UK...}, {@code
 * IDX...}, folded to lower case by PostgreSQL); we name them readably, as for our own entities
 * ({@code fk_<table>_<cols>_<referenced>}, {@code uq_<table>_<cols>}, {@code ix_<table>_<cols>},
 * {@code <table>_<column>_key}). Both kinds of default name print as {@code <default name>}; every
 * other part of a line, and every name an entity gives, is compared.
 */
final class DeliberateDifferences {
  /** Hibernate's generated names, then ours. */
  private static final Pattern DEFAULT_NAMES = Pattern.compile(
      "\\b(?:(?:fk|uk|idx)[0-9a-z]{20,}|(?:fk|uq|ix)_[0-9a-z_]+|[0-9a-z_]+_key)\\b");

  private DeliberateDifferences() {}

  /** A normal form with default constraint and index names masked, sorted again. */
  static List<String> normalize(List<String> lines) {
    return lines.stream().map(line -> DEFAULT_NAMES.matcher(line).replaceAll("<default name>")).sorted().toList();
  }
}
