package io.tracetrack.migrations.core.testsupport;

import io.tracetrack.migrations.core.MigrationLog;
import java.util.ArrayList;
import java.util.List;

/** A log that keeps its lines for assertions; warnings start with {@code "WARN "}. */
public final class RecordingLog implements MigrationLog {
  private final List<String> lines = new ArrayList<>();

  @Override
  public void info(String message) {
    lines.add(message);
  }

  @Override
  public void warn(String message) {
    lines.add("WARN " + message);
  }

  public List<String> lines() {
    return List.copyOf(lines);
  }
}
