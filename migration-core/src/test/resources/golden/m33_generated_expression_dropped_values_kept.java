package com.example.migrations;

import static io.tracetrack.migrations.ColumnDef.column;

import io.tracetrack.migrations.Migration;
import io.tracetrack.migrations.Operations;
import io.tracetrack.migrations.Revision;

/**
 * generated: expression dropped, values kept
 *
 * Revision ID: 000000000021
 * Revises: <base>
 * Create Date: 2026-01-01 00:00:00
 */
@Revision(
        id = "000000000021",
        message = "generated: expression dropped, values kept",
        createDate = "2026-01-01 00:00:00"
)
public final class M20260101000033_GeneratedExpressionDroppedValuesKept implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.dropColumnExpression("line", "total");
    }

    @Override
    public void downgrade(Operations op) {
        // WARNING: Drops column "total" of "line" and adds it as a generated column: its values are replaced by the expression's; indexes and constraints on it are made again
        op.addColumnExpression("line", column("total", "numeric(12,2)").generatedAs("price * qty"));
    }
}
