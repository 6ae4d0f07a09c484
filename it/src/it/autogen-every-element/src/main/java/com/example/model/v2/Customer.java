package com.example.model.v2;

import io.tracetrack.migrations.entity.*;
import java.time.OffsetDateTime;

@Entity(schema = "crm", comment = "People who buy from us")
@Index(columns = {"email", "full_name"})
@Check(name = "email_has_at", expression = "email LIKE '%@%'")
public class Customer {
  @Id @Column(identity = Column.Identity.ALWAYS) long id;
  @Column(length = 200, unique = true, nullable = false) String email;
  @Column(sqlType = "text", renamedFrom = "name", comment = "As printed on invoices") String fullName;
  @Column(enumStorage = Column.EnumStorage.NATIVE) Tier tier;
  @Column(serverDefault = "now()", nullable = false) OffsetDateTime createdAt;
}
