package com.example.model;

import io.tracetrack.migrations.entity.Column;
import io.tracetrack.migrations.entity.Entity;
import io.tracetrack.migrations.entity.Id;

@Entity
public class Project {
  @Id
  private long id;

  @Column(length = 200, nullable = false)
  private String name;
}
