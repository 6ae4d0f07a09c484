package com.example.migrations;

import io.tracetrack.migrations.Migration;
import io.tracetrack.migrations.Operations;
import io.tracetrack.migrations.Revision;

/**
 * rename: table with hint keeps data and convention names
 *
 * Revision ID: 000000000002
 * Revises: <base>
 * Create Date: 2026-01-01 00:00:00
 */
@Revision(
        id = "000000000002",
        message = "rename: table with hint keeps data and convention names",
        createDate = "2026-01-01 00:00:00"
)
public final class M20260101000002_RenameTableWithHintKeepsDataAndConventionNames implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.renameTable("post", "article");
        op.renameIndex("article", "ix_post_user_id", "ix_article_user_id");
        op.renameConstraint("article", "fk_post_user_id_user", "fk_article_user_id_user");
    }

    @Override
    public void downgrade(Operations op) {
        op.renameConstraint("article", "fk_article_user_id_user", "fk_post_user_id_user");
        op.renameIndex("article", "ix_article_user_id", "ix_post_user_id");
        op.renameTable("article", "post");
    }
}
