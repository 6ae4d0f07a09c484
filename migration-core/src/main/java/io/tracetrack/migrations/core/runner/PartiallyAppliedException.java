package io.tracetrack.migrations.core.runner;

import io.tracetrack.migrations.core.revision.PlannedStep;
import java.util.List;
import java.util.Optional;

/**
 * A statement of a non-transactional revision ({@code @Revision(transactional = false)}) failed.
 * The statements before it stay applied, since nothing could be rolled back; the version did not
 * move. The message lists what was applied, what failed and what was not run.
 */
public class PartiallyAppliedException extends MigrationFailedException {
  private final List<String> applied;
  private final List<String> notRun;

  public PartiallyAppliedException(PlannedStep step, List<String> applied, String failed, List<String> notRun,
      Throwable cause, Optional<ExceededTimeout> timeout) {
    super(message(step, applied, failed, notRun, cause, timeout.map(ExceededTimeout::hint).orElse("")), step, failed,
        cause, timeout);
    this.applied = List.copyOf(applied);
    this.notRun = List.copyOf(notRun);
  }

  public List<String> applied() {
    return applied;
  }

  public List<String> notRun() {
    return notRun;
  }

  private static String message(PlannedStep step, List<String> applied, String failed, List<String> notRun,
      Throwable cause, String hint) {
    StringBuilder m = new StringBuilder((step.upgrade() ? "Upgrade " : "Downgrade ") + step.fromTo() + " ("
        + step.revision().describe() + ") is not transactional and failed part-way; the version table still says"
        + " the revision before it. Nothing was rolled back:");
    m.append("\n  Applied (").append(applied.size()).append("):");
    applied.forEach(s -> m.append("\n    ").append(oneLine(s)));
    m.append("\n  Failed: ").append(oneLine(failed));
    m.append("\n  Error: ").append(cause.getMessage()).append(hint);
    m.append("\n  Not run (").append(notRun.size()).append("):");
    notRun.forEach(s -> m.append("\n    ").append(oneLine(s)));
    m.append("\nUndo the applied statements by hand (a failed CREATE INDEX CONCURRENTLY leaves an INVALID index:"
        + " DROP INDEX CONCURRENTLY it), then run the goal again.");
    return m.toString();
  }

  private static String oneLine(String sql) {
    return sql.replaceAll("\\s*\\R\\s*", " ");
  }
}
