package com.example.migrations;

import io.tracetrack.migrations.Migration;
import io.tracetrack.migrations.Operations;
import io.tracetrack.migrations.Revision;

/**
 * comment: column comment
 *
 * Revision ID: 00000000000c
 * Revises: <base>
 * Create Date: 2026-01-01 00:00:00
 */
@Revision(
        id = "00000000000c",
        message = "comment: column comment",
        createDate = "2026-01-01 00:00:00"
)
public final class M20260101000012_CommentColumnComment implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.setColumnComment("user", "email", "Where we write");
    }

    @Override
    public void downgrade(Operations op) {
        op.dropColumnComment("user", "email");
    }
}
