package com.example.migrations;

import static io.tracetrack.migrations.IndexDef.index;

import io.tracetrack.migrations.Migration;
import io.tracetrack.migrations.Operations;
import io.tracetrack.migrations.Revision;

/**
 * index: include columns
 *
 * Revision ID: 000000000026
 * Revises: <base>
 * Create Date: 2026-01-01 00:00:00
 */
@Revision(
        id = "000000000026",
        message = "index: include columns",
        createDate = "2026-01-01 00:00:00"
)
public final class M20260101000038_IndexIncludeColumns implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.createIndex("post", index("ix_post_user_id", "user_id").include("title", "created_at"));
    }

    @Override
    public void downgrade(Operations op) {
        op.dropIndex("post", "ix_post_user_id");
    }
}
