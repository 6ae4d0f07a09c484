package com.example.migrations;

import io.tracetrack.migrations.Migration;
import io.tracetrack.migrations.Operations;
import io.tracetrack.migrations.Revision;

/**
 * Seed admin user
 *
 * Revision ID: 2b3c4d5e6f70
 * Revises: 1a2b3c4d5e6f
 * Create Date: 2025-10-25 11:00:00
 */
@Revision(id = "2b3c4d5e6f70", revises = "1a2b3c4d5e6f", message = "Seed admin user", createDate = "2025-10-25 11:00:00")
public final class M20251025110000_SeedAdminUser implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.execute("INSERT INTO \"user\" (id, username, email) VALUES (1, 'admin', 'admin@example.com')");
    }

    @Override
    public void downgrade(Operations op) {
        op.execute("DELETE FROM \"user\" WHERE id = 1");
    }
}
