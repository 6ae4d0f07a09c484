package com.example.migrations;

import io.tracetrack.migrations.Migration;
import io.tracetrack.migrations.Operations;
import io.tracetrack.migrations.Revision;

/**
 * primary key: composite replaces single
 *
 * Revision ID: 00000000000e
 * Revises: <base>
 * Create Date: 2026-01-01 00:00:00
 */
@Revision(
        id = "00000000000e",
        message = "primary key: composite replaces single",
        createDate = "2026-01-01 00:00:00"
)
public final class M20260101000014_PrimaryKeyCompositeReplacesSingle implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.dropConstraint("counter", "counter_pkey");
        // WARNING: Sets "counter"."n" NOT NULL: this fails while any row holds NULL there
        op.alterColumnNullable("counter", "n", false);
        op.createPrimaryKey("counter", "id", "n");
    }

    @Override
    public void downgrade(Operations op) {
        op.dropConstraint("counter", "counter_pkey");
        op.alterColumnNullable("counter", "n", true);
        op.createPrimaryKey("counter", "id");
    }
}
