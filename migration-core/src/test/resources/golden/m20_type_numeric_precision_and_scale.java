package com.example.migrations;

import io.tracetrack.migrations.Migration;
import io.tracetrack.migrations.Operations;
import io.tracetrack.migrations.Revision;

/**
 * type: numeric precision and scale
 *
 * Revision ID: 000000000014
 * Revises: <base>
 * Create Date: 2026-01-01 00:00:00
 */
@Revision(
        id = "000000000014",
        message = "type: numeric precision and scale",
        createDate = "2026-01-01 00:00:00"
)
public final class M20260101000020_TypeNumericPrecisionAndScale implements Migration {
    @Override
    public void upgrade(Operations op) {
        // WARNING: Narrows the type of "price"."amount" from numeric(10,2) to numeric(12,4): check that every existing value converts and fits
        op.alterColumnType("price", "amount", "numeric(12,4)");
    }

    @Override
    public void downgrade(Operations op) {
        // WARNING: Narrows the type of "price"."amount" from numeric(12,4) to numeric(10,2): check that every existing value converts and fits
        op.alterColumnType("price", "amount", "numeric(10,2)");
    }
}
