package com.example.migrations;

import static io.tracetrack.migrations.IndexDef.index;

import io.tracetrack.migrations.IndexDef;
import io.tracetrack.migrations.Migration;
import io.tracetrack.migrations.Operations;
import io.tracetrack.migrations.Revision;

/**
 * index: operator class
 *
 * Revision ID: 000000000027
 * Revises: <base>
 * Create Date: 2026-01-01 00:00:00
 */
@Revision(
        id = "000000000027",
        message = "index: operator class",
        createDate = "2026-01-01 00:00:00"
)
public final class M20260101000039_IndexOperatorClass implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.createIndex("post", index("ix_post_slug", IndexDef.column("slug").opclass("varchar_pattern_ops")));
    }

    @Override
    public void downgrade(Operations op) {
        op.dropIndex("post", "ix_post_slug");
    }
}
