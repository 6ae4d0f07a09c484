package com.example.migrations;

import io.tracetrack.migrations.Migration;
import io.tracetrack.migrations.Operations;
import io.tracetrack.migrations.Revision;

/**
 * default: removed
 *
 * Revision ID: 00000000000a
 * Revises: <base>
 * Create Date: 2026-01-01 00:00:00
 */
@Revision(
        id = "00000000000a",
        message = "default: removed",
        createDate = "2026-01-01 00:00:00"
)
public final class M20260101000010_DefaultRemoved implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.dropColumnServerDefault("ticket", "status");
    }

    @Override
    public void downgrade(Operations op) {
        op.alterColumnServerDefault("ticket", "status", "'open'");
    }
}
