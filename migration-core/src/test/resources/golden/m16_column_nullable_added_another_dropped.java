package com.example.migrations;

import static io.tracetrack.migrations.ColumnDef.column;

import io.tracetrack.migrations.Migration;
import io.tracetrack.migrations.Operations;
import io.tracetrack.migrations.Revision;

/**
 * column: nullable added, another dropped
 *
 * Revision ID: 000000000010
 * Revises: <base>
 * Create Date: 2026-01-01 00:00:00
 */
@Revision(
        id = "000000000010",
        message = "column: nullable added, another dropped",
        createDate = "2026-01-01 00:00:00"
)
public final class M20260101000016_ColumnNullableAddedAnotherDropped implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.addColumn("post", column("summary", "text"));
        // WARNING: Drops column "body" of "post" and its data
        op.dropColumn("post", "body");
    }

    @Override
    public void downgrade(Operations op) {
        op.addColumn("post", column("body", "text"));
        // WARNING: Drops column "summary" of "post" and its data
        op.dropColumn("post", "summary");
    }
}
