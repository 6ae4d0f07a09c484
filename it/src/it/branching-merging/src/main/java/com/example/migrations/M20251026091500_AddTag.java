package com.example.migrations;

import static io.tracetrack.migrations.ColumnDef.column;

import io.tracetrack.migrations.Migration;
import io.tracetrack.migrations.Operations;
import io.tracetrack.migrations.Revision;

/**
 * Add tag (written by another developer, from the same head)
 *
 * Revision ID: c0c0c0c0c0c1
 * Revises: 1a2b3c4d5e6f
 * Create Date: 2025-10-26 09:15:00
 */
@Revision(id = "c0c0c0c0c0c1", revises = "1a2b3c4d5e6f", message = "Add tag", createDate = "2025-10-26 09:15:00")
public final class M20251026091500_AddTag implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.createTable("tag", column("id", "bigint").primaryKey().generatedByDefault(), column("label", "varchar(40)").notNull().unique());
    }

    @Override
    public void downgrade(Operations op) {
        op.dropTable("tag");
    }
}
