package com.example.model.v2;

import io.tracetrack.migrations.entity.*;
import java.time.LocalDateTime;

@Entity(table = "orders")
@UniqueConstraint(columns = {"customer_id", "number"})
@Index(name = "ix_orders_open", columns = "placed_at DESC", where = "placed_at > '2020-01-01'")
@Check(name = "positive_number", expression = "number > 0")
public class Order {
  @Id long id;
  @ForeignKey(table = "crm.customer", onDelete = ForeignKey.Action.RESTRICT) long customerId;
  int number;
  @Column(sqlType = "timestamp(3)") LocalDateTime placedAt;
}
