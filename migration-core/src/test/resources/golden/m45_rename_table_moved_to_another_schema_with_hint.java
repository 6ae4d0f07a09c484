package com.example.migrations;

import io.tracetrack.migrations.Migration;
import io.tracetrack.migrations.Operations;
import io.tracetrack.migrations.Revision;

/**
 * rename: table moved to another schema with hint
 *
 * Revision ID: 00000000002d
 * Revises: <base>
 * Create Date: 2026-01-01 00:00:00
 */
@Revision(
        id = "00000000002d",
        message = "rename: table moved to another schema with hint",
        createDate = "2026-01-01 00:00:00"
)
public final class M20260101000045_RenameTableMovedToAnotherSchemaWithHint implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.createSchema("archive");
        op.renameTable("post", "archive.post");
    }

    @Override
    public void downgrade(Operations op) {
        op.renameTable("archive.post", "post");
        op.dropSchema("archive");
    }
}
