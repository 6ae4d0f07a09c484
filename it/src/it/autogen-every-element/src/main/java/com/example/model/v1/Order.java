package com.example.model.v1;

import io.tracetrack.migrations.entity.*;
import java.time.LocalDateTime;

@Entity(table = "orders")
@UniqueConstraint(columns = {"customer_id", "number"})
@Index(name = "ix_orders_open", columns = "placed_at DESC", where = "placed_at IS NOT NULL")
public class Order {
  @Id long id;
  @ForeignKey(table = "crm.customer", onDelete = ForeignKey.Action.CASCADE) long customerId;
  int number;
  @Column(sqlType = "timestamp(3)") LocalDateTime placedAt;
}
