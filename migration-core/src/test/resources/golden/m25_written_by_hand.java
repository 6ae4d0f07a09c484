package com.example.migrations;

import io.tracetrack.migrations.Migration;
import io.tracetrack.migrations.Operations;
import io.tracetrack.migrations.Revision;

/**
 * written by hand
 *
 * Revision ID: 000000000019
 * Revises: <base>
 * Create Date: 2026-01-01 00:00:00
 */
@Revision(
        id = "000000000019",
        message = "written by hand",
        createDate = "2026-01-01 00:00:00"
)
public final class M20260101000025_WrittenByHand implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.execute("UPDATE \"user\" SET name = 'n/a' WHERE name IS NULL");
        op.alterColumnNullable("user", "name", false);
        op.alterColumnType("price", "amount", "numeric(12,2)", "round(amount, 2)");
    }

    @Override
    public void downgrade(Operations op) {
    }
}
