package com.example.migrations;

import static io.tracetrack.migrations.ColumnDef.column;

import io.tracetrack.migrations.Migration;
import io.tracetrack.migrations.Operations;
import io.tracetrack.migrations.Revision;

/**
 * Add project (written by one developer)
 *
 * Revision ID: b0b0b0b0b0b1
 * Revises: 1a2b3c4d5e6f
 * Create Date: 2025-10-26 09:00:00
 */
@Revision(id = "b0b0b0b0b0b1", revises = "1a2b3c4d5e6f", message = "Add project", createDate = "2025-10-26 09:00:00")
public final class M20251026090000_AddProject implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.createTable("project", column("id", "bigint").primaryKey().generatedByDefault(), column("name", "varchar(200)").notNull());
    }

    @Override
    public void downgrade(Operations op) {
        op.dropTable("project");
    }
}
