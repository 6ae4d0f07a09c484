package com.example.model;

import io.tracetrack.migrations.entity.Column;
import io.tracetrack.migrations.entity.Entity;
import io.tracetrack.migrations.entity.Id;

@Entity
public class User {
  @Id
  private long id;

  @Column(length = 80, nullable = false, unique = true)
  private String username;

  private String email;
}
