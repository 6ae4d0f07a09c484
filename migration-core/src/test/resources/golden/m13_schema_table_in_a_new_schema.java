package com.example.migrations;

import static io.tracetrack.migrations.ColumnDef.column;

import io.tracetrack.migrations.Migration;
import io.tracetrack.migrations.Operations;
import io.tracetrack.migrations.Revision;

/**
 * schema: table in a new schema
 *
 * Revision ID: 00000000000d
 * Revises: <base>
 * Create Date: 2026-01-01 00:00:00
 */
@Revision(
        id = "00000000000d",
        message = "schema: table in a new schema",
        createDate = "2026-01-01 00:00:00"
)
public final class M20260101000013_SchemaTableInANewSchema implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.createSchema("sales");
        op.createTable("sales.order",
                column("id", "bigint").primaryKey(),
                column("user_id", "bigint").notNull(),
                column("total", "numeric(12,2)").notNull().serverDefault("0"));
    }

    @Override
    public void downgrade(Operations op) {
        // WARNING: Drops table "sales.order" and all its rows
        op.dropTable("sales.order");
        op.dropSchema("sales");
    }
}
