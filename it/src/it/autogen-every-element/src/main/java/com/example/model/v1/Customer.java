package com.example.model.v1;

import io.tracetrack.migrations.entity.*;
import java.time.OffsetDateTime;

@Entity(schema = "crm", comment = "People who buy")
@Index(columns = "name")
@Check(name = "email_has_at", expression = "email LIKE '%@%'")
public class Customer {
  @Id @Column(identity = Column.Identity.BY_DEFAULT) long id;
  @Column(length = 200, unique = true, nullable = false) String email;
  @Column(sqlType = "text") String name;
  @Column(enumStorage = Column.EnumStorage.NATIVE) Tier tier;
  @Column(serverDefault = "now()", nullable = false) OffsetDateTime createdAt;
}
