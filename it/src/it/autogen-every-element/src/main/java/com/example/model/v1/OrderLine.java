package com.example.model.v1;

import io.tracetrack.migrations.entity.*;
import java.util.UUID;

@Entity
@ForeignKey(columns = "order_id", table = "orders", onDelete = ForeignKey.Action.CASCADE)
@Index(columns = {"order_id", "quantity DESC"})
public class OrderLine {
  @Id long orderId;
  @Id int lineNo;
  @ForeignKey(table = "product") UUID productId;
  int quantity;
}
