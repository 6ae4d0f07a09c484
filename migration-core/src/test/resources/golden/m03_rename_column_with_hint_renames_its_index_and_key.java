package com.example.migrations;

import io.tracetrack.migrations.Migration;
import io.tracetrack.migrations.Operations;
import io.tracetrack.migrations.Revision;

/**
 * rename: column with hint renames its index and key
 *
 * Revision ID: 000000000003
 * Revises: <base>
 * Create Date: 2026-01-01 00:00:00
 */
@Revision(
        id = "000000000003",
        message = "rename: column with hint renames its index and key",
        createDate = "2026-01-01 00:00:00"
)
public final class M20260101000003_RenameColumnWithHintRenamesItsIndexAndKey implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.renameColumn("post", "user_id", "author_id");
        op.renameIndex("post", "ix_post_user_id", "ix_post_author_id");
        op.renameConstraint("post", "fk_post_user_id_user", "fk_post_author_id_user");
    }

    @Override
    public void downgrade(Operations op) {
        op.renameConstraint("post", "fk_post_author_id_user", "fk_post_user_id_user");
        op.renameIndex("post", "ix_post_author_id", "ix_post_user_id");
        op.renameColumn("post", "author_id", "user_id");
    }
}
