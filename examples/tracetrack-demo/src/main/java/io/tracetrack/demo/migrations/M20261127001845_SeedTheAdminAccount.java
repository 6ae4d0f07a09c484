package io.tracetrack.demo.migrations;

import io.tracetrack.migrations.Migration;
import io.tracetrack.migrations.Operations;
import io.tracetrack.migrations.Revision;

/**
 * Seed the admin account
 *
 * Revision ID: 62a61628b3a5
 * Revises: 3b878c78ec3c
 * Create Date: 2026-11-27 00:18:45
 */
@Revision(
        id = "62a61628b3a5",
        revises = "3b878c78ec3c",
        message = "Seed the admin account",
        createDate = "2026-11-27 00:18:45"
)
public final class M20261127001845_SeedTheAdminAccount implements Migration {
    @Override
    public void upgrade(Operations op) {
        // A data migration: custom SQL runs in the same transaction as the version update.
        op.execute("INSERT INTO \"user\" (id, username, email, password_hash, is_admin)"
                + " VALUES (1, 'admin', 'admin@tracetrack.example', '!', true)");
    }

    @Override
    public void downgrade(Operations op) {
        op.execute("DELETE FROM \"user\" WHERE id = 1");
    }
}
