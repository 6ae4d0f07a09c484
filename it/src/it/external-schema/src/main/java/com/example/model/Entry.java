package com.example.model;

import io.tracetrack.migrations.entity.Column;
import io.tracetrack.migrations.entity.Entity;
import io.tracetrack.migrations.entity.Id;
import java.math.BigDecimal;

@Entity(schema = "ledger")
public class Entry {
  @Id
  private long id;

  @Column(precision = 12, scale = 2, nullable = false)
  private BigDecimal amount;
}
