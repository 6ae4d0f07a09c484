package com.example.model;

import io.tracetrack.migrations.entity.Column;
import io.tracetrack.migrations.entity.Entity;
import io.tracetrack.migrations.entity.Id;

@Entity
public class Tag {
  @Id
  private long id;

  @Column(length = 40, nullable = false, unique = true)
  private String label;
}
