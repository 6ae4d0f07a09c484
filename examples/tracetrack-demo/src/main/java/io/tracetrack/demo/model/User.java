package io.tracetrack.demo.model;

import io.tracetrack.migrations.entity.Column;
import io.tracetrack.migrations.entity.Entity;
import io.tracetrack.migrations.entity.Id;
import java.time.LocalDateTime;

/** A TraceTrack account. The table is "user", a reserved word the migrations quote. */
@Entity
public class User {
  @Id
  private long id;

  @Column(length = 80, nullable = false, unique = true)
  private String username;

  @Column(length = 120, nullable = false, unique = true)
  private String email;

  @Column(nullable = false)
  private String passwordHash;

  @Column(serverDefault = "false")
  private boolean isAdmin;

  @Column(serverDefault = "0")
  private int failedLoginAttempts;

  private LocalDateTime lockedUntil;

  @Column(nullable = false, serverDefault = "now()")
  private LocalDateTime createdAt;
}
