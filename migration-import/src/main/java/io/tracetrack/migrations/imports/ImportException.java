package io.tracetrack.migrations.imports;

import io.tracetrack.migrations.core.MigrationException;

/**
 * An input that cannot be imported: the message names the file and, where there is one, the
 * changeset at fault. Nothing has been written when it is thrown.
 */
public class ImportException extends MigrationException {
  private final String file;
  private final String unit;

  public ImportException(String file, String unit, String problem) {
    this(file, unit, problem, null);
  }

  public ImportException(String file, String unit, String problem, Throwable cause) {
    super(file + (unit == null ? "" : ", changeset " + unit) + ": " + problem, cause);
    this.file = file;
    this.unit = unit;
  }

  /** The file at fault, as the source tool names it. */
  public String file() {
    return file;
  }

  /** The changeset at fault ({@code id by author}), or null when the whole file is. */
  public String unit() {
    return unit;
  }
}
