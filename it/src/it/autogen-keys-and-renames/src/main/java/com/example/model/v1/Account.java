package com.example.model.v1;

import io.tracetrack.migrations.entity.*;
import java.time.LocalDateTime;

@Entity
@Index(columns = "lower(email)", unique = true)
@Index(columns = "slug varchar_pattern_ops")
@Index(columns = "created_at DESC")
@UniqueConstraint(columns = {"tenant_id", "slug"})
@Check(name = "slug_set", expression = "slug <> ''")
@ForeignKey(columns = {"tenant_id", "tenant_region"}, table = "tenant", referencedColumns = {"id", "region"})
public class Account {
  @Id long id;
  @Column(nullable = false) String email;
  String slug;
  String name;
  Integer tenantId;
  @Column(length = 10) String tenantRegion;
  @ForeignKey(table = "account") Long parentId;
  LocalDateTime createdAt;
  @Column(enumStorage = Column.EnumStorage.NATIVE) Mood mood;
}
