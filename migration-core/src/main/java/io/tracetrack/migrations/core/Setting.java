package io.tracetrack.migrations.core;

import java.util.Locale;

/**
 * What a caller of the engine sets, named in errors by its meaning; a front end (the Maven goals,
 * an application's configuration) names each by its own key where it words the error for its users.
 */
public enum Setting {
  MIGRATIONS_PACKAGE("migrations package"),
  MESSAGE("message"),
  URL("JDBC URL"),
  USER("database user"),
  PASSWORD("database password"),
  LOCK_TIMEOUT("lock timeout"),
  STATEMENT_TIMEOUT("statement timeout"),
  LOCK_WAIT_TIMEOUT("lock-wait timeout");

  private final String words;

  Setting(String words) {
    this.words = words;
  }

  /** The setting in plain words: {@code lock timeout}. */
  public String words() {
    return words;
  }

  /** The words with a capital, to start a sentence: {@code Lock timeout}. */
  public String capitalized() {
    return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
  }
}
