package com.example.migrations;

import static io.tracetrack.migrations.IndexDef.index;

import io.tracetrack.migrations.IndexDef;
import io.tracetrack.migrations.Migration;
import io.tracetrack.migrations.Operations;
import io.tracetrack.migrations.Revision;

/**
 * index: expression and column with a predicate
 *
 * Revision ID: 000000000024
 * Revises: <base>
 * Create Date: 2026-01-01 00:00:00
 */
@Revision(
        id = "000000000024",
        message = "index: expression and column with a predicate",
        createDate = "2026-01-01 00:00:00"
)
public final class M20260101000036_IndexExpressionAndColumnWithAPredicate implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.createIndex("post", index("ix_post_title_words", IndexDef.expression("(title || ' ' || body)"), IndexDef.column("user_id").desc()).where("title IS NOT NULL"));
    }

    @Override
    public void downgrade(Operations op) {
        op.dropIndex("post", "ix_post_title_words");
    }
}
