package com.example.model.v2;

import io.tracetrack.migrations.entity.*;

@Entity
public class Employee {
  @Id long id;
  @ForeignKey(table = "employee") Long managerId;
  @ForeignKey(table = "department", onDelete = ForeignKey.Action.SET_NULL) Long departmentId;
  @Column(sqlType = "text") String email;
}
