package io.tracetrack.migrations.core;

/** Where the engine reports progress; the Maven plugin hands in its own log. */
public interface MigrationLog {

  void info(String message);

  void warn(String message);

  /** A log that drops every message. */
  static MigrationLog silent() {
    return new MigrationLog() {
      @Override
      public void info(String message) {}

      @Override
      public void warn(String message) {}
    };
  }

  /** A log that prints to standard output and standard error. */
  static MigrationLog console() {
    return new MigrationLog() {
      @Override
      public void info(String message) {
        System.out.println(message);
      }

      @Override
      public void warn(String message) {
        System.err.println("WARNING: " + message);
      }
    };
  }
}
