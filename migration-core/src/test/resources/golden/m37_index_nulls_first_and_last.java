package com.example.migrations;

import static io.tracetrack.migrations.IndexDef.index;

import io.tracetrack.migrations.IndexDef;
import io.tracetrack.migrations.Migration;
import io.tracetrack.migrations.Operations;
import io.tracetrack.migrations.Revision;

/**
 * index: nulls first and last
 *
 * Revision ID: 000000000025
 * Revises: <base>
 * Create Date: 2026-01-01 00:00:00
 */
@Revision(
        id = "000000000025",
        message = "index: nulls first and last",
        createDate = "2026-01-01 00:00:00"
)
public final class M20260101000037_IndexNullsFirstAndLast implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.createIndex("post", index("ix_post_created_at_title", IndexDef.column("created_at").desc().nullsLast(), IndexDef.column("title").nullsFirst()));
    }

    @Override
    public void downgrade(Operations op) {
        op.dropIndex("post", "ix_post_created_at_title");
    }
}
