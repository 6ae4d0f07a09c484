package io.tracetrack.demo.model;

import io.tracetrack.migrations.entity.Column;
import io.tracetrack.migrations.entity.Entity;
import io.tracetrack.migrations.entity.ForeignKey;
import io.tracetrack.migrations.entity.Id;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** Hours a user spent on a project on one day. */
@Entity
public class TimeEntry {
  @Id
  private long id;

  @ForeignKey(table = "project", onDelete = ForeignKey.Action.CASCADE)
  private UUID projectId;

  @ForeignKey(table = "user")
  private long userId;

  @Column(nullable = false)
  private LocalDate workDate;

  @Column(precision = 5, scale = 2, nullable = false)
  private BigDecimal hours;

  @Column(length = 500)
  private String note;
}
