package io.tracetrack.migrations.core.revision;

import java.util.List;
import java.util.Objects;

/**
 * A revision's place in the graph: its id, the ids it revises (none for a first revision, several
 * for a merge), its message and create date, and where it came from (a class name) for messages.
 */
public record RevisionInfo(String id, List<String> parents, String message, String createDate, String origin) {

  public RevisionInfo {
    Objects.requireNonNull(id, "id == null");
    parents = List.copyOf(parents);
    message = message == null ? "" : message;
    createDate = createDate == null ? "" : createDate;
  }

  /** {@code "<id>, <message>"}, as logs and errors name a revision. */
  public String describe() {
    return message.isEmpty() ? id : id + ", " + message;
  }
}
