package com.example.migrations;

import io.tracetrack.migrations.Migration;
import io.tracetrack.migrations.Operations;
import io.tracetrack.migrations.Revision;

/**
 * rename: index with hint
 *
 * Revision ID: 000000000029
 * Revises: <base>
 * Create Date: 2026-01-01 00:00:00
 */
@Revision(
        id = "000000000029",
        message = "rename: index with hint",
        createDate = "2026-01-01 00:00:00"
)
public final class M20260101000041_RenameIndexWithHint implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.renameIndex("post", "ix_post_user_id", "ix_post_author");
    }

    @Override
    public void downgrade(Operations op) {
        op.renameIndex("post", "ix_post_author", "ix_post_user_id");
    }
}
