package com.example.migrations;

import io.tracetrack.migrations.Migration;
import io.tracetrack.migrations.Operations;
import io.tracetrack.migrations.Revision;

/**
 * rename: enum type with hint
 *
 * Revision ID: 00000000002b
 * Revises: <base>
 * Create Date: 2026-01-01 00:00:00
 */
@Revision(
        id = "00000000002b",
        message = "rename: enum type with hint",
        createDate = "2026-01-01 00:00:00"
)
public final class M20260101000043_RenameEnumTypeWithHint implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.renameEnumType("mood", "feeling");
    }

    @Override
    public void downgrade(Operations op) {
        op.renameEnumType("feeling", "mood");
    }
}
