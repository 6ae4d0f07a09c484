package io.tracetrack.migrations.core.revision;

/**
 * A range of revisions as users write it: {@code FROM:TO}, {@code TO} alone, or nothing; a missing
 * side takes the default the command gives it (an upgrade script runs from {@code base}, a
 * downgrade from the {@code heads}).
 */
public record RevisionRange(String from, String to) {

  public static RevisionRange parse(String range, String defaultFrom, String defaultTo) {
    if (range == null || range.isBlank()) {
      return new RevisionRange(defaultFrom, defaultTo);
    }
    int colon = range.indexOf(':');
    if (colon < 0) {
      return new RevisionRange(defaultFrom, range.trim());
    }
    String from = range.substring(0, colon).trim();
    String to = range.substring(colon + 1).trim();
    return new RevisionRange(from.isEmpty() ? defaultFrom : from, to.isEmpty() ? defaultTo : to);
  }

  @Override
  public String toString() {
    return from + ":" + to;
  }
}
