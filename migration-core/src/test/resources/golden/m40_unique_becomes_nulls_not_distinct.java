package com.example.migrations;

import io.tracetrack.migrations.Migration;
import io.tracetrack.migrations.Operations;
import io.tracetrack.migrations.Revision;

/**
 * unique: becomes nulls not distinct
 *
 * Revision ID: 000000000028
 * Revises: <base>
 * Create Date: 2026-01-01 00:00:00
 */
@Revision(
        id = "000000000028",
        message = "unique: becomes nulls not distinct",
        createDate = "2026-01-01 00:00:00"
)
public final class M20260101000040_UniqueBecomesNullsNotDistinct implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.dropConstraint("flag", "uq_flag_tenant_code");
        op.addUniqueConstraintNullsNotDistinct("flag", "uq_flag_tenant_code", "tenant", "code");
    }

    @Override
    public void downgrade(Operations op) {
        op.dropConstraint("flag", "uq_flag_tenant_code");
        op.addUniqueConstraint("flag", "uq_flag_tenant_code", "tenant", "code");
    }
}
