package com.example.migrations;

import io.tracetrack.migrations.IdentityDef;
import io.tracetrack.migrations.Migration;
import io.tracetrack.migrations.Operations;
import io.tracetrack.migrations.Revision;

/**
 * identity options: changed
 *
 * Revision ID: 00000000001b
 * Revises: <base>
 * Create Date: 2026-01-01 00:00:00
 */
@Revision(
        id = "00000000001b",
        message = "identity options: changed",
        createDate = "2026-01-01 00:00:00"
)
public final class M20260101000027_IdentityOptionsChanged implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.alterColumnIdentityOptions("event", "id", IdentityDef.identity().incrementBy(5L).minValue(5L).maxValue(500L).cycle());
    }

    @Override
    public void downgrade(Operations op) {
        op.alterColumnIdentityOptions("event", "id", IdentityDef.identity().startWith(1000L).incrementBy(10L).maxValue(9999999L).cache(20L));
    }
}
