package com.example.model.v1;

import io.tracetrack.migrations.entity.*;

@Entity
public class Employee {
  @Id long id;
  @ForeignKey(table = "employee") Long managerId;
  @ForeignKey(table = "department") Long departmentId;
}
