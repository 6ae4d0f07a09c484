package com.example.model.v2;

import io.tracetrack.migrations.entity.*;
import java.time.LocalDateTime;

@Entity(schema = "archive", renamedFrom = "public.account")
@Index(name = "ux_account_email", columns = "lower(email)", unique = true, include = "name", renamedFrom = "ix_account_lower_email")
@Index(columns = "slug text_pattern_ops")
@Index(columns = {"created_at DESC NULLS LAST", "(name || ' ' || slug)"}, method = "btree")
@Index(columns = "name", method = "hash")
@UniqueConstraint(name = "uq_account_slug", columns = {"tenant_id", "slug"}, nullsNotDistinct = true,
    renamedFrom = "uq_account_tenant_id_slug")
@Check(name = "slug_not_empty", expression = "slug <> ''", renamedFrom = "slug_set")
@ForeignKey(columns = {"tenant_id", "tenant_region"}, table = "tenant", referencedColumns = {"id", "region"},
    match = ForeignKey.Match.FULL, initiallyDeferred = true, onUpdate = ForeignKey.Action.CASCADE)
public class Account {
  @Id long id;
  @Column(nullable = false) String email;
  String slug;
  String name;
  Integer tenantId;
  @Column(length = 10) String tenantRegion;
  @ForeignKey(table = "archive.account", deferrable = true, onDelete = ForeignKey.Action.SET_NULL) Long parentId;
  LocalDateTime createdAt;
  @Column(enumStorage = Column.EnumStorage.NATIVE) Feeling mood;
}
