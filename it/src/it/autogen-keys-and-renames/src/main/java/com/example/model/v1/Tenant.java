package com.example.model.v1;

import io.tracetrack.migrations.entity.*;

@Entity
public class Tenant {
  @Id int id;
  @Id @Column(length = 10) String region;
}
