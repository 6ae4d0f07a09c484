package com.example.model;

import io.tracetrack.migrations.entity.Column;
import io.tracetrack.migrations.entity.Entity;
import io.tracetrack.migrations.entity.Id;
import java.time.LocalDateTime;

/** The entity gained lastLogin (and a longer username) since the initial migration: no migration covers it. */
@Entity
public class User {
  @Id
  private long id;

  @Column(length = 120, nullable = false, unique = true)
  private String username;

  private String email;

  private LocalDateTime lastLogin;
}
