package io.tracetrack.migrations.core.codegen;

import java.util.List;
import java.util.Objects;

/** What a new migration class says about itself: its id, the revisions it revises, message and date. */
public record RevisionHeader(String id, List<String> revises, String message, String createDate) {

  public RevisionHeader {
    Objects.requireNonNull(id, "id == null");
    revises = List.copyOf(revises);
    Objects.requireNonNull(message, "message == null");
    Objects.requireNonNull(createDate, "createDate == null");
  }
}
