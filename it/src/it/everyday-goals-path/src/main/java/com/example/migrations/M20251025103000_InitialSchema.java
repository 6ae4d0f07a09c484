package com.example.migrations;

import static io.tracetrack.migrations.ColumnDef.column;

import io.tracetrack.migrations.Migration;
import io.tracetrack.migrations.Operations;
import io.tracetrack.migrations.Revision;

/**
 * Initial schema
 *
 * Revision ID: 1a2b3c4d5e6f
 * Revises: <base>
 * Create Date: 2025-10-25 10:30:00
 */
@Revision(id = "1a2b3c4d5e6f", message = "Initial schema", createDate = "2025-10-25 10:30:00")
public final class M20251025103000_InitialSchema implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.createTable("user",
                column("id", "bigint").primaryKey().generatedByDefault(),
                column("username", "varchar(80)").notNull().unique(),
                column("email", "varchar(255)"));
    }

    @Override
    public void downgrade(Operations op) {
        op.dropTable("user");
    }
}
