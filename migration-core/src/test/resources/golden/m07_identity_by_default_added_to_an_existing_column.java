package com.example.migrations;

import io.tracetrack.migrations.Migration;
import io.tracetrack.migrations.Operations;
import io.tracetrack.migrations.Revision;
import io.tracetrack.migrations.entity.Column;

/**
 * identity: by default added to an existing column
 *
 * Revision ID: 000000000007
 * Revises: <base>
 * Create Date: 2026-01-01 00:00:00
 */
@Revision(
        id = "000000000007",
        message = "identity: by default added to an existing column",
        createDate = "2026-01-01 00:00:00"
)
public final class M20260101000007_IdentityByDefaultAddedToAnExistingColumn implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.alterColumnIdentity("counter", "id", Column.Identity.BY_DEFAULT, Column.Identity.NONE);
    }

    @Override
    public void downgrade(Operations op) {
        op.alterColumnIdentity("counter", "id", Column.Identity.NONE, Column.Identity.BY_DEFAULT);
    }
}
