package com.example.migrations;

import io.tracetrack.migrations.Migration;
import io.tracetrack.migrations.Operations;
import io.tracetrack.migrations.Revision;

/**
 * unique: add multi column
 *
 * Revision ID: 00000000000f
 * Revises: <base>
 * Create Date: 2026-01-01 00:00:00
 */
@Revision(
        id = "00000000000f",
        message = "unique: add multi column",
        createDate = "2026-01-01 00:00:00"
)
public final class M20260101000015_UniqueAddMultiColumn implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.addUniqueConstraint("post", "uq_post_user_id_title", "user_id", "title");
    }

    @Override
    public void downgrade(Operations op) {
        op.dropConstraint("post", "uq_post_user_id_title");
    }
}
