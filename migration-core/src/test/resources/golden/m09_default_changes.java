package com.example.migrations;

import io.tracetrack.migrations.Migration;
import io.tracetrack.migrations.Operations;
import io.tracetrack.migrations.Revision;

/**
 * default: changes
 *
 * Revision ID: 000000000009
 * Revises: <base>
 * Create Date: 2026-01-01 00:00:00
 */
@Revision(
        id = "000000000009",
        message = "default: changes",
        createDate = "2026-01-01 00:00:00"
)
public final class M20260101000009_DefaultChanges implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.alterColumnServerDefault("ticket", "status", "'new'");
    }

    @Override
    public void downgrade(Operations op) {
        op.alterColumnServerDefault("ticket", "status", "'open'");
    }
}
