package com.example.migrations;

import static io.tracetrack.migrations.ColumnDef.column;

import io.tracetrack.migrations.Migration;
import io.tracetrack.migrations.Operations;
import io.tracetrack.migrations.Revision;

/**
 * Add audit log
 *
 * Revision ID: 3c4d5e6f7081
 * Revises: 1a2b3c4d5e6f
 * Create Date: 2025-10-25 12:00:00
 */
@Revision(id = "3c4d5e6f7081", revises = "1a2b3c4d5e6f", message = "Add audit log", createDate = "2025-10-25 12:00:00")
public final class M20251025120000_AddAuditLog implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.createTable("audit_log", column("id", "bigint").primaryKey(), column("entry", "text"));
        // Fails: the table does not exist. The whole migration must roll back.
        op.execute("INSERT INTO no_such_table (id) VALUES (1)");
    }

    @Override
    public void downgrade(Operations op) {
        op.dropTable("audit_log");
    }
}
