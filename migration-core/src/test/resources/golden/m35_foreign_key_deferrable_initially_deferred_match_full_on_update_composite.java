package com.example.migrations;

import static io.tracetrack.migrations.ForeignKeyDef.foreignKey;

import io.tracetrack.migrations.Migration;
import io.tracetrack.migrations.Operations;
import io.tracetrack.migrations.Revision;
import io.tracetrack.migrations.entity.ForeignKey;

/**
 * foreign key: deferrable initially deferred, match full, on update, composite
 *
 * Revision ID: 000000000023
 * Revises: <base>
 * Create Date: 2026-01-01 00:00:00
 */
@Revision(
        id = "000000000023",
        message = "foreign key: deferrable initially deferred, match full, on update, composite",
        createDate = "2026-01-01 00:00:00"
)
public final class M20260101000035_ForeignKeyDeferrableInitiallyDeferredMatchFullOnUpdateComposite implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.addForeignKey("site", foreignKey("fk_site_tenant_id_tenant_region_tenant", "tenant_id", "tenant_region").references("tenant", "id", "region").onDelete(ForeignKey.Action.CASCADE).onUpdate(ForeignKey.Action.CASCADE).matchFull().initiallyDeferred());
    }

    @Override
    public void downgrade(Operations op) {
        op.dropConstraint("site", "fk_site_tenant_id_tenant_region_tenant");
    }
}
