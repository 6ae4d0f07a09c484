package com.example.migrations;

import io.tracetrack.migrations.Migration;
import io.tracetrack.migrations.Operations;
import io.tracetrack.migrations.Revision;

/**
 * rename: enum type with hint
 *
 * Revision ID: 000000000023
 * Revises: <base>
 * Create Date: 2026-01-01 00:00:00
 */
@Revision(
        id = "000000000023",
        message = "rename: enum type with hint",
        createDate = "2026-01-01 00:00:00"
)
public final class M20260101000035_RenameEnumTypeWithHint implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.renameEnumType("mood", "feeling");
    }

    @Override
    public void downgrade(Operations op) {
        op.renameEnumType("feeling", "mood");
    }
}
