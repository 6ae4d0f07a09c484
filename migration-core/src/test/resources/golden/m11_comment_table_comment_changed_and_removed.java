package com.example.migrations;

import io.tracetrack.migrations.Migration;
import io.tracetrack.migrations.Operations;
import io.tracetrack.migrations.Revision;

/**
 * comment: table comment changed and removed
 *
 * Revision ID: 00000000000b
 * Revises: <base>
 * Create Date: 2026-01-01 00:00:00
 */
@Revision(
        id = "00000000000b",
        message = "comment: table comment changed and removed",
        createDate = "2026-01-01 00:00:00"
)
public final class M20260101000011_CommentTableCommentChangedAndRemoved implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.dropTableComment("post");
        op.setTableComment("user", "it's new");
    }

    @Override
    public void downgrade(Operations op) {
        op.setTableComment("user", "old");
        op.setTableComment("post", "gone");
    }
}
