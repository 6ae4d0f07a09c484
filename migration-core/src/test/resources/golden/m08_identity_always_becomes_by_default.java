package com.example.migrations;

import io.tracetrack.migrations.Migration;
import io.tracetrack.migrations.Operations;
import io.tracetrack.migrations.Revision;
import io.tracetrack.migrations.entity.Column;

/**
 * identity: always becomes by default
 *
 * Revision ID: 000000000008
 * Revises: <base>
 * Create Date: 2026-01-01 00:00:00
 */
@Revision(
        id = "000000000008",
        message = "identity: always becomes by default",
        createDate = "2026-01-01 00:00:00"
)
public final class M20260101000008_IdentityAlwaysBecomesByDefault implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.alterColumnIdentity("event", "id", Column.Identity.BY_DEFAULT, Column.Identity.ALWAYS);
    }

    @Override
    public void downgrade(Operations op) {
        op.alterColumnIdentity("event", "id", Column.Identity.ALWAYS, Column.Identity.BY_DEFAULT);
    }
}
