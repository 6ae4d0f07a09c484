package com.example.migrations;

import static io.tracetrack.migrations.ColumnDef.column;

import io.tracetrack.migrations.Migration;
import io.tracetrack.migrations.Operations;
import io.tracetrack.migrations.Revision;

/**
 * generated: expression changes
 *
 * Revision ID: 000000000020
 * Revises: <base>
 * Create Date: 2026-01-01 00:00:00
 */
@Revision(
        id = "000000000020",
        message = "generated: expression changes",
        createDate = "2026-01-01 00:00:00"
)
public final class M20260101000032_GeneratedExpressionChanges implements Migration {
    @Override
    public void upgrade(Operations op) {
        // WARNING: Drops and adds generated column "total" of "line" to change its expression: PostgreSQL recomputes every row; indexes and constraints on it are made again
        op.dropColumn("line", "total");
        op.addColumn("line", column("total", "numeric(12,2)").generatedAs("price * qty * 1.2"));
    }

    @Override
    public void downgrade(Operations op) {
        // WARNING: Drops and adds generated column "total" of "line" to change its expression: PostgreSQL recomputes every row; indexes and constraints on it are made again
        op.dropColumn("line", "total");
        op.addColumn("line", column("total", "numeric(12,2)").generatedAs("price * qty"));
    }
}
