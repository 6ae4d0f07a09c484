package com.example.model.v1;

import io.tracetrack.migrations.entity.*;
import java.math.BigDecimal;
import java.util.UUID;

@Entity
@Index(columns = "tags", method = "gin")
@Check(name = "positive_price", expression = "price > 0")
public class Product {
  @Id @Column(serverDefault = "gen_random_uuid()") UUID id;
  @Column(length = 40, nullable = false) String sku;
  @Column(precision = 12, scale = 2) BigDecimal price;
  String[] tags;
  @Column(sqlType = "jsonb") String attributes;
  @Column(enumStorage = Column.EnumStorage.CHECKED_TEXT) Status status;
}
