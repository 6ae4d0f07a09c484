package com.example.migrations;

import io.tracetrack.migrations.Migration;
import io.tracetrack.migrations.Operations;
import io.tracetrack.migrations.Revision;

/**
 * Add user status
 *
 * Revision ID: 3c3c3c3c3c3c
 * Revises: 2b3c4d5e6f70
 * Create Date: 2025-10-25 12:00:00
 */
@Revision(id = "3c3c3c3c3c3c", revises = "2b3c4d5e6f70", message = "Add user status", createDate = "2025-10-25 12:00:00")
public final class M20251025120000_AddUserStatus implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.addColumn("user", io.tracetrack.migrations.ColumnDef.column("status", "varchar(20)").serverDefault("'active'"));
    }

    @Override
    public void downgrade(Operations op) {
        op.dropColumn("user", "status");
    }
}
