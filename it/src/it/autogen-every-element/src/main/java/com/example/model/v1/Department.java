package com.example.model.v1;

import io.tracetrack.migrations.entity.*;

@Entity
public class Department {
  @Id long id;
  @ForeignKey(table = "employee") Long headId;
}
