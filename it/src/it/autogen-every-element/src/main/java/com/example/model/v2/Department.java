package com.example.model.v2;

import io.tracetrack.migrations.entity.*;

@Entity(comment = "Org units")
public class Department {
  @Id long id;
  @ForeignKey(table = "employee") Long headId;
}
