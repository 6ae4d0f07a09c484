package io.tracetrack.demo.model;

import io.tracetrack.migrations.entity.Column;
import io.tracetrack.migrations.entity.Entity;
import io.tracetrack.migrations.entity.Id;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A project whose time and issues TraceTrack tracks. */
@Entity
public class Project {
  @Id
  private UUID id;

  @Column(length = 200, nullable = false)
  private String name;

  @Column(sqlType = "text")
  private String description;

  private long ownerId;

  private ProjectStatus status;

  @Column(nullable = false, serverDefault = "now()")
  private OffsetDateTime createdAt;
}
